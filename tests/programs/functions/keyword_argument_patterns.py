def configure(name, *, verbose=False, retries=3, **extra):
    return f"{name} verbose={verbose} retries={retries} extra={sorted(extra.items())}"
print(configure("a"))
print(configure("b", verbose=True, retries=0, color="red", size=2))
opts = {"verbose": True, "timeout": 5}
print(configure("c", **opts))
print(configure(**{"name": "d", "retries": 1}))
def merge(*dicts, **overrides):
    out = {}
    for d in dicts:
        out.update(d)
    out.update(overrides)
    return out
print(merge({"a": 1}, {"b": 2}, a=10), merge(), merge(x=None))
def order(a, b, c):
    return (a, b, c)
print(order(1, c=3, b=2), order(*[1, 2], c=3), order(*(1,), **{"b": 2, "c": 3}))
for call in [lambda: order(1, 2, 3, b=2), lambda: order(1, d=4, b=2, c=3), lambda: configure(),
             lambda: configure("x", "y"), lambda: order(**{"a": 1}, **{"a": 2})]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
def defaults(a, b=[], c={}):
    b.append(a)
    c[a] = len(b)
    return b, c
print(defaults(1), defaults(2), defaults(3, [], {}))
def kwonly_default_order(*, b=2, a):
    return a, b
print(kwonly_default_order(a=1), kwonly_default_order(b=5, a=0))
