# A SimpleNamespace-like object implemented with __dict__, plus attribute-based equality and repr.
class Namespace:
    def __init__(self, mapping=None, **kwargs):
        if mapping:
            self.__dict__.update(mapping)
        self.__dict__.update(kwargs)
    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"Namespace({items})"
    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)
    def __contains__(self, name):
        return name in vars(self)
    def __iter__(self):
        return iter(vars(self).items())

ns = Namespace(a=1, b="two")
print(ns, ns.a, ns.b, "a" in ns, "c" in ns)
ns.c = [3]
del ns.a
print(ns, list(ns))
print(Namespace(x=1) == Namespace(x=1), Namespace(x=1) == Namespace(x=2), Namespace() == {})
ns2 = Namespace({"from": "mapping", "with space": 1}, z=0)
print(getattr(ns2, "from"), getattr(ns2, "with space"), ns2)

# Nested conversion of dicts to namespaces and back.
def to_ns(value):
    if isinstance(value, dict):
        return Namespace({k: to_ns(v) for k, v in value.items()})
    if isinstance(value, list):
        return [to_ns(v) for v in value]
    return value
def to_dict(value):
    if isinstance(value, Namespace):
        return {k: to_dict(v) for k, v in vars(value).items()}
    if isinstance(value, list):
        return [to_dict(v) for v in value]
    return value
config = to_ns({"server": {"host": "localhost", "ports": [80, 443]}, "users": [{"name": "ann"}, {"name": "bob"}]})
print(config.server.host, config.server.ports, [u.name for u in config.users])
config.server.host = "example.org"
config.users[1].admin = True
print(to_dict(config))

# Attribute paths.
def get_path(obj, path, default=None):
    for part in path.split("."):
        try:
            obj = getattr(obj, part)
        except AttributeError:
            return default
    return obj
def set_path(obj, path, value):
    *parents, last = path.split(".")
    for part in parents:
        if not hasattr(obj, part):
            setattr(obj, part, Namespace())
        obj = getattr(obj, part)
    setattr(obj, last, value)
print(get_path(config, "server.host"), get_path(config, "server.missing.deep", "n/a"))
set_path(config, "logging.level", "debug")
set_path(config, "logging.handlers.file", "app.log")
print(to_dict(config.logging))
print(sorted(vars(config)))
