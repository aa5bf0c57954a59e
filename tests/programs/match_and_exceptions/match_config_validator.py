# A realistic config validator: match walks nested dicts and lists and
# collects error messages with their paths.


def validate_server(cfg, path="server"):
    errors = []
    match cfg:
        case {"host": str(host), "port": int(port), **extra} if 0 < port < 65536:
            if not host:
                errors.append(f"{path}.host: empty")
            for key in sorted(extra):
                match key, extra[key]:
                    case "tls", {"cert": str(), "key": str()}:
                        pass
                    case "tls", {"cert": str()}:
                        errors.append(f"{path}.tls: missing key")
                    case "tls", bad:
                        errors.append(f"{path}.tls: expected mapping, got {type(bad).__name__}")
                    case "workers", int(n) if n > 0:
                        pass
                    case "workers", n:
                        errors.append(f"{path}.workers: bad value {n!r}")
                    case "routes", [*routes]:
                        for i, r in enumerate(routes):
                            errors += validate_route(r, f"{path}.routes[{i}]")
                    case name, _:
                        errors.append(f"{path}.{name}: unknown key")
        case {"host": _, "port": int(port)}:
            errors.append(f"{path}.port: {port} out of range")
        case {"host": _, "port": port}:
            errors.append(f"{path}.port: expected int, got {type(port).__name__}")
        case {"port": _}:
            errors.append(f"{path}: missing host")
        case dict():
            errors.append(f"{path}: missing host and port")
        case other:
            errors.append(f"{path}: expected mapping, got {type(other).__name__}")
    return errors


def validate_route(route, path):
    match route:
        case ("GET" | "POST" | "DELETE" as method, str(url)) if url.startswith("/"):
            return []
        case (str(method), str(url)) if url.startswith("/"):
            return [f"{path}: bad method {method}"]
        case (_, str(url)):
            return [f"{path}: url {url!r} must start with /"]
        case {"method": m, "url": u}:
            return validate_route((m, u), path)
        case _:
            return [f"{path}: unrecognised route {route!r}"]


configs = [
    {"host": "a.example", "port": 80},
    {"host": "", "port": 443, "tls": {"cert": "c.pem", "key": "k.pem"}},
    {"host": "b", "port": 8443, "tls": {"cert": "c.pem"}, "workers": 0},
    {"host": "c", "port": 1, "tls": "yes", "workers": 4, "debug": True},
    {"host": "d", "port": 70000},
    {"host": "e", "port": "80"},
    {"port": 1},
    {},
    ["host", "port"],
    {"host": "f", "port": 8080, "routes": [("GET", "/"), ("PATCH", "/x"), ("POST", "y"),
                                           {"method": "DELETE", "url": "/z"}, 42]},
]
for cfg in configs:
    problems = validate_server(cfg)
    if problems:
        print(f"{len(problems)} problem(s):")
        for p in problems:
            print("  ", p)
    else:
        print("ok")
