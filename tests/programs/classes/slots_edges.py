# __slots__: no instance dict, assignment errors, inheritance and class attribute conflicts.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x, hasattr(p, "__dict__"), P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
p.y = 2
del p.y
try:
    del p.y
except AttributeError as e:
    print("AttributeError:", e)
class Q(P):
    pass
q = Q(5)
q.anything = "ok"
print(q.x, q.anything, hasattr(q, "__dict__"))
class R(P):
    __slots__ = ("z",)
r = R(1)
r.z = 9
print(r.x, r.z, hasattr(r, "__dict__"))
try:
    class Conflict:
        __slots__ = ("a",)
        a = 5
except ValueError as e:
    print("ValueError:", e)
class Single:
    __slots__ = "only"
s = Single()
s.only = "one"
print(s.only, Single.__slots__)
