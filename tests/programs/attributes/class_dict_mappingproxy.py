# A class's __dict__ is a read-only mappingproxy that reflects later changes.
class A:
    """docstring of A"""
    x = 1
    def method(self):
        return "m"

proxy = A.__dict__
print(type(proxy).__name__, type(vars(A)).__name__, vars(A) == proxy)
print(proxy["x"], proxy.get("missing"), proxy.get("missing", "dflt"), "x" in proxy, "y" in proxy)
print(sorted(k for k in proxy if not k.startswith("__")))
print(proxy["__doc__"], proxy["__module__"], "__dict__" in proxy, "__weakref__" in proxy)
try:
    proxy["x"] = 2
except TypeError as e:
    print("TypeError", e)
try:
    del proxy["x"]
except TypeError as e:
    print("TypeError", e)
try:
    proxy.clear()
except AttributeError as e:
    print("AttributeError", e)
try:
    proxy["nope"]
except KeyError as e:
    print("KeyError", e)

# The proxy is live.
A.y = 2
print("y" in proxy, proxy["y"])
del A.x
print("x" in proxy)

# copy() gives a real dict; keys/values/items work.
c = proxy.copy()
print(type(c).__name__, "y" in c)
c["z"] = 3
print("z" in proxy)
print(sorted(k for k, v in proxy.items() if not k.startswith("__")))
print(len(proxy) == len(list(proxy.keys())) == len(list(proxy.values())))

# Subclass dicts only contain their own attributes.
class B(A):
    w = 0
print(sorted(k for k in vars(B) if not k.startswith("__")), "method" in vars(B), "__doc__" in vars(B), vars(B)["__doc__"])

# Comparisons and membership.
print(proxy == dict(proxy), dict(proxy) == proxy, proxy != {})
# Setting via setattr is the way to change class attributes.
setattr(A, "via_setattr", "ok")
print(proxy["via_setattr"])
# Built-in type dicts are proxies too.
print(type(int.__dict__).__name__, "bit_length" in int.__dict__, "__add__" in vars(int))
try:
    int.__dict__["new"] = 1
except TypeError as e:
    print("TypeError", e)
# Class __dict__ cannot be replaced.
try:
    A.__dict__ = {}
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
# Iteration order follows the class body.
class Ordered:
    zz = 1
    aa = 2
    mm = 3
print([k for k in vars(Ordered) if not k.startswith("__")])
