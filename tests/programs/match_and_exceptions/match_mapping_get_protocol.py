# Mapping patterns call the subject's own .get for the keys (so dict
# subclasses can intercept), never __getitem__ or __missing__; **rest
# copies the whole mapping and removes the matched keys.


class Logged(dict):
    def get(self, key, default=None):
        result = super().get(key, default)
        print(f"  get({key!r}) -> {'<default>' if result is default else repr(result)}")
        return result

    def __getitem__(self, key):
        print("  __getitem__ should not be needed", key)
        return super().__getitem__(key)


print("first case:")
match Logged(a=1, b=2, c=3):
    case {"a": 1, "z": _}:
        print("no")
    case {"a": 1, "b": b, **rest}:
        print("matched b =", b, "rest =", rest)


class Aliases(dict):
    """Looks keys up case-insensitively through get."""

    def get(self, key, default=None):
        if isinstance(key, str):
            for k in self:
                if k.lower() == key.lower():
                    return dict.__getitem__(self, k)
        return default


match Aliases({"Name": "Ada", "AGE": 36}):
    case {"name": name, "age": age}:
        print("aliases:", name, age)


class DefaultGet(dict):
    def __missing__(self, key):
        print("  __missing__", key)
        return "missing"


match DefaultGet(x=1):
    case {"x": x, "y": y}:
        print("no", x, y)
    case {"x": x}:
        print("__missing__ is not consulted; x =", x)


class Always(dict):
    def get(self, key, default=None):
        return f"<{key}>"


match Always():
    case {"p": p}:
        print("no: an empty mapping is too short for one key")
    case _:
        print("len(subject) is checked before any get")

match Always(a=1, b=2, c=3):
    case {"p": p, "q": q}:
        print("get invents values:", p, q)

# With **rest the matched keys are deleted from a copy of the subject,
# which fails when get invented them.
try:
    match Always(a=1, b=2, c=3):
        case {"p": p, "q": q, **rest}:
            print("no", rest)
except KeyError as e:
    print("KeyError:", e)


class RaisingGet(dict):
    def get(self, key, default=None):
        raise LookupError(f"no get for {key!r}")


try:
    match RaisingGet(k=1):
        case {"k": _}:
            print("no")
except LookupError as e:
    print("LookupError propagates:", e)


class Sentinel(dict):
    def get(self, key, default=None):
        print("  default is a sentinel:", type(default).__name__ == "object")
        return default


match Sentinel(k=1):
    case {"k": _}:
        print("no")
    case _:
        print("sentinel default means missing")


class Ordered(dict):
    def get(self, key, default=None):
        print("  get", key)
        return super().get(key, default)


print("keys are looked up left to right, stopping at the first miss:")
match Ordered(a=1, c=3, d=4):
    case {"a": _, "b": _, "c": _}:
        print("no")
    case _:
        print("done")

print("values match only after all keys were fetched:")
match Ordered(a=1, b=2):
    case {"a": 9, "b": _}:
        print("no")
    case {"a": 1, "b": 2}:
        print("yes")
