# *iterable and **mapping unpacking in calls and displays: __iter__ for *,
# keys() + __getitem__ for **, and the exact error messages.

log = []

class Seq:
    def __init__(self, *items):
        self.items = items
    def __iter__(self):
        log.append("iter")
        return iter(self.items)

class Mapping:
    def __init__(self, **kw):
        self.kw = kw
    def keys(self):
        log.append("keys")
        return list(self.kw)
    def __getitem__(self, k):
        log.append("getitem %s" % k)
        return self.kw[k]

def show(*args, **kwargs):
    return args, sorted(kwargs.items())

print(show(*Seq(1, 2), *Seq(3)), log)
log.clear()
print(show(**Mapping(a=1, b=2)), log)
log.clear()
print([*Seq("x"), *Seq()], (*Seq(1),), {*Seq(2, 2)}, log)
log.clear()
print({**Mapping(k=1), "z": 0}, dict(Mapping(q=9)), log)
first, *rest = Seq(1, 2, 3)
print(first, rest)

def t(label, fn):
    try:
        print(label, fn())
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)

class Plain:
    pass
class KeysOnly:
    def keys(self):
        return ["a"]
class GetitemOnly:
    def __getitem__(self, k):
        return 1
class BadKeys:
    def keys(self):
        return [1]
    def __getitem__(self, k):
        return k

t("*Plain", lambda: show(*Plain()))
t("*5", lambda: show(*5))
t("*None", lambda: show(*None))
t("[*Plain]", lambda: [*Plain()])
t("**Plain", lambda: show(**Plain()))
t("**list", lambda: show(**[1]))
t("**KeysOnly", lambda: show(**KeysOnly()))
t("**GetitemOnly", lambda: show(**GetitemOnly()))
t("**BadKeys (non-str)", lambda: show(**BadKeys()))
t("{**Plain}", lambda: {**Plain()})
t("{**BadKeys}", lambda: {**BadKeys()})
t("duplicate kw", lambda: show(**{"a": 1}, **{"a": 2}))
t("duplicate kw explicit", lambda: show(a=1, **{"a": 2}))
t("dict(Plain)", lambda: dict(Plain()))
t("dict(KeysOnly)", lambda: dict(KeysOnly()))
t("unpack too many", lambda: [a for a, b in [Seq(1, 2, 3)]])

# a generator-based mapping view is accepted by dict.update
class Config:
    def __init__(self, pairs):
        self.pairs = pairs
    def keys(self):
        return (k for k, _ in self.pairs)
    def __getitem__(self, k):
        for key, v in self.pairs:
            if key == k:
                return v
        raise KeyError(k)
d = {"debug": False}
d.update(Config([("debug", True), ("level", 3)]))
print(d, show(**Config([("x", 1)])))
