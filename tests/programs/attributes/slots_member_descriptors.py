# Known missing in pyvm: __slots__ member descriptors as class attributes (A.x where x is a slot).
class A:
    __slots__ = ("x", "y")
a = A()
member = A.x
print(type(member).__name__, member.__name__, member.__objclass__ is A)
member.__set__(a, 5)
print(a.x, member.__get__(a, A), A.__dict__["y"].__get__(a) if hasattr(a, "y") else "y unset")
print(member.__get__(None, A) is member)
member.__delete__(a)
print(hasattr(a, "x"))
try:
    member.__set__(1, 2)
except TypeError as e:
    print("TypeError", e)
print(sorted(k for k in vars(A) if not k.startswith("__")))
print("x" in dir(A), "y" in dir(a))
class B(A):
    __slots__ = ("z",)
print(B.x is A.x, type(B.z).__name__, B.z.__objclass__ is B)
