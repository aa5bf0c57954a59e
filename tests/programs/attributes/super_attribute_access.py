# Attribute lookup through super(): methods, properties, classmethods, class attributes, errors.
class Base:
    kind = "base"
    def __init__(self):
        self.value = 1
    def describe(self):
        return f"Base.describe({type(self).__name__})"
    @property
    def label(self):
        return "base label"
    @classmethod
    def create(cls):
        return f"created {cls.__name__}"
    @staticmethod
    def helper(x):
        return x * 2

class Child(Base):
    kind = "child"
    def describe(self):
        return "Child+" + super().describe()
    @property
    def label(self):
        return "child label / " + super().label
    @classmethod
    def create(cls):
        return "Child+" + super().create()
    def peek(self):
        return super().kind, self.kind, super().helper(21)

c = Child()
print(c.describe(), c.label, Child.create(), c.create())
print(c.peek())
s = super(Child, c)
print(s.describe(), s.label, s.kind, s.create(), s.__class__.__name__)
print(super(Child, Child).create(), super(Child, Child).kind)
print(super(Child, Child).describe(c))
# Instance attributes are not visible through super().
try:
    s.value
except AttributeError as e:
    print("AttributeError", e)
try:
    s.missing
except AttributeError as e:
    print("AttributeError", e)
# super() objects don't support attribute assignment.
try:
    s.kind = "x"
except AttributeError as e:
    print("AttributeError", e)
try:
    del s.kind
except AttributeError as e:
    print("AttributeError", e)
# super attributes: __self__, __thisclass__, __self_class__.
print(s.__thisclass__.__name__, s.__self__ is c, s.__self_class__.__name__)
print(super(Child, Child).__self__ is Child, super(Child, Child).__self_class__.__name__)
# super() skipping in a diamond.
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who(), super(B, D()).who(), super(C, D()).who())
# super() in __getattr__ / __setattr__ overrides.
class Proxy:
    def __init__(self, target):
        super().__setattr__("_target", target)
    def __getattr__(self, name):
        return getattr(super().__getattribute__("_target"), name)
    def __setattr__(self, name, value):
        setattr(self._target, name, value)
class Target:
    pass
t = Target()
p = Proxy(t)
p.x = 5
print(t.x, p.x, "x" in vars(p), sorted(vars(p)))
# super() with wrong types.
try:
    super(Child, 5)
except TypeError as e:
    print("TypeError", e)
try:
    super(int, Child())
except TypeError as e:
    print("TypeError", e)
