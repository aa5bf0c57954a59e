# Assigning obj.__dict__ replaces the instance dictionary (it is a data
# descriptor on the type), for plain classes and built-in subclasses alike.
class P:
    pass
p = P()
p.old = 1
p.__dict__ = {"a": 1}
print(vars(p), p.a, hasattr(p, "old"))
class L(list):
    pass
l = L([1])
l.__dict__ = {"b": 2}
print(vars(l), l.b, l)
class S(str):
    pass
t = S("x")
t.__dict__["manual"] = 1
t.__dict__ = {"replaced": True}
print(vars(t), t, t.replaced)
for bad in [[], None, 5]:
    try:
        t.__dict__ = bad
    except TypeError as e:
        print(type(e).__name__, e)
shared = {"s": 0}
a, b = P(), P()
a.__dict__ = shared
b.__dict__ = shared
a.s += 1
print(b.s, a.__dict__ is b.__dict__)
try:
    del p.__dict__
    print("deleted", vars(p))
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
