# Binding errors for Python functions: CPython's messages.
def f(a, b, /, c, *, d):
    return a, b, c, d
def g(x, y=2, *args, z, **kw):
    return x, y, args, z, kw
def check(fn, *a, **k):
    try:
        print(fn(*a, **k))
    except TypeError as e:
        print("TypeError:", e)
check(f, 1, 2, 3, d=4)
check(f, 1, 2, c=3, d=4)
check(f, 1, b=2, c=3, d=4)
check(f, 1, 2, 3, 4)
check(f, 1, 2, 3)
check(f, 1, 2, d=4)
check(f)
check(f, 1, 2, 3, d=4, e=5)
check(g, 1, z=3)
check(g, 1, 2, 3, 4, z=5, w=6)
check(g, 1, x=1, z=2)
check(g, z=1)
check(g, 1)
check(g, *[1, 2], **{"z": 3, "q": 4})
check(g, 1, **{1: 2})
check(g, 1, *5)
check(g, 1, **[1])
def h():
    pass
check(h, 1)
check(h, a=1)
def many(a, b, c):
    pass
check(many, 1)
check(many, b=1)
check(many, 1, 2, 3, 4)
check(lambda *, k: k)
check(lambda a, /: a, a=1)
class M:
    def method(self, x):
        return x
check(M().method)
check(M().method, 1, 2)
check(M.method, 1)
