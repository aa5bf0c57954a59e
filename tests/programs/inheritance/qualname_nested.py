# __qualname__ and __name__ of nested classes, methods, and functions.
class Outer:
    class Inner:
        class Deepest:
            def method(self):
                pass
        def inner_method(self):
            def local():
                pass
            return local
    def make(self):
        class Local:
            class InLocal:
                pass
            def m(self):
                pass
        return Local
    @classmethod
    def cm(cls):
        pass
    @staticmethod
    def sm():
        pass
    lam = lambda self: None

print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__)
print(Outer.Inner.Deepest.method.__qualname__, Outer.Inner.inner_method.__qualname__)
print(Outer.Inner().inner_method().__qualname__)
L = Outer().make()
print(L.__name__, L.__qualname__, L.InLocal.__qualname__, L.m.__qualname__)
print(Outer.cm.__qualname__, Outer.sm.__qualname__, Outer.lam.__qualname__)

def factory():
    class Made:
        def meth(self):
            pass
    return Made
M = factory()
print(M.__qualname__, M.meth.__qualname__)

def gen_classes():
    return [type("T%d" % i, (), {}) for i in range(2)] + [class_in_comp() for _ in range(1)]
def class_in_comp():
    class C:
        pass
    return C
print([c.__qualname__ for c in gen_classes()])

# qualname is writable on classes; name too
class Renamed:
    pass
Renamed.__qualname__ = "Some.Other.Name"
Renamed.__name__ = "NewName"
print(Renamed.__qualname__, Renamed.__name__)

# qualname of builtin types and their methods
print(int.__qualname__, dict.fromkeys.__qualname__, str.join.__qualname__)

# __qualname__ with __class__ cell
class Holder:
    class Nested:
        def who(self):
            return __class__.__qualname__
print(Holder.Nested().who())

# qualname assigned in class body
class Custom:
    __qualname__ = "Pretend.Custom"
    def m(self):
        pass
print(Custom.__qualname__, Custom.m.__qualname__, "__qualname__" in Custom.__dict__)

# qualname of a class inside a function inside a class method
class Top:
    def build(self):
        def helper():
            class Deep:
                pass
            return Deep
        return helper()
print(Top().build().__qualname__)
