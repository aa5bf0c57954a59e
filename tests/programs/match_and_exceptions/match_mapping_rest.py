# Mapping patterns with **rest: extra keys are allowed, rest is a fresh
# dict without the matched keys, key order kept, value-pattern keys.


def route(req):
    match req:
        case {"method": "GET", "path": path, **params} if params:
            return f"GET {path} with {params}"
        case {"method": "GET", "path": path}:
            return f"GET {path}"
        case {"method": "POST", "path": path, "body": {"id": int(ident), **fields}}:
            return f"POST {path} id={ident} fields={sorted(fields)}"
        case {"method": method}:
            return f"unsupported {method}"
        case {**everything}:
            return f"no method in {everything}"


requests = [
    {"method": "GET", "path": "/"},
    {"path": "/a", "method": "GET", "q": "x", "page": 2},
    {"method": "POST", "path": "/u", "body": {"id": 3, "name": "n", "age": 4}},
    {"method": "POST", "path": "/u", "body": {"id": "3"}},
    {"method": "PUT"},
    {"verb": "GET"},
    {},
]
for r in requests:
    print(route(r))


# rest keeps insertion order of the remaining keys.
match {"z": 1, "a": 2, "m": 3, "b": 4}:
    case {"a": _, **rest}:
        print("rest order:", list(rest))

# rest is a new plain dict even for dict subclasses.
class Sub(dict):
    pass

match Sub(a=1, b=2):
    case {"a": a, **rest}:
        print("rest type:", type(rest).__name__, rest, a)

# Empty mapping pattern matches any mapping (even non-empty).
for m in [{}, {"x": 1}, Sub()]:
    match m:
        case {}:
            print("{} matches", m)


# Non-string keys and value-pattern keys.
class K:
    ONE = 1
    PAIR = (1, 2)


match {1: "int key", (1, 2): "tuple key", None: "none", True: "bool?"}:
    case {K.ONE: one, K.PAIR: pair, None: n}:
        print(one, "|", pair, "|", n)

# 1 and True are the same key.
match {True: "t"}:
    case {1: v}:
        print("1 finds True key:", v)

# Values are matched against nested patterns.
match {"points": [(0, 0), (1, 2)], "meta": {"closed": True}}:
    case {"points": [(0, 0), *others], "meta": {"closed": True as closed}}:
        print("polygon", others, closed)

# Keys that are missing make the case fail without error.
match {"a": 1}:
    case {"a": 1, "b": 2}:
        print("no")
    case {"a": 1, **rest} if rest == {}:
        print("only a")

# Mapping rest with zero remaining keys is an empty dict.
match {"k": "v"}:
    case {"k": v, **rest}:
        print(v, rest, len(rest))

# The subject itself is not modified.
subject = {"x": 1, "y": 2}
match subject:
    case {"x": _, **rest}:
        rest.clear()
print("subject intact:", subject)
