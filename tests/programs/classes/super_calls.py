# super() in __init__ and methods, multi-level chains, explicit two-argument form.
class Base:
    def __init__(self, value):
        self.value = value
        print("Base.__init__", value)
    def describe(self):
        return f"Base({self.value})"
class Middle(Base):
    def __init__(self, value, extra):
        super().__init__(value)
        self.extra = extra
        print("Middle.__init__", extra)
    def describe(self):
        return "Middle<" + super().describe() + ">"
class Leaf(Middle):
    def __init__(self):
        super(Leaf, self).__init__(1, 2)
    def describe(self):
        return "Leaf[" + super().describe() + "]"
leaf = Leaf()
print(leaf.describe(), leaf.value, leaf.extra)
print(isinstance(leaf, Base), issubclass(Leaf, Middle), issubclass(Base, Leaf), Leaf.__mro__)
print(Leaf.__bases__, Base.__bases__, Leaf.__base__)
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
print(D().who(), [k.__name__ for k in D.__mro__])
class WithClassMethod(Base):
    @classmethod
    def build(cls):
        return super().__new__(cls)
print(type(WithClassMethod.build()).__name__)
