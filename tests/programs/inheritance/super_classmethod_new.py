# super() in classmethods, staticmethods and __new__.
class Base:
    registry = []
    def __new__(cls, *args, **kwargs):
        Base.registry.append(("Base.__new__", cls.__name__, args))
        return super().__new__(cls)
    def __init__(self, value):
        self.value = value
    @classmethod
    def create(cls, value):
        return cls(value)
    @classmethod
    def describe(cls):
        return "Base.describe(%s)" % cls.__name__

class Child(Base):
    def __new__(cls, value):
        Base.registry.append(("Child.__new__", cls.__name__, value))
        inst = super().__new__(cls, value)
        inst.extra = "set in __new__"
        return inst
    @classmethod
    def create(cls, value):
        inst = super().create(value * 10)
        inst.created_by = "Child.create"
        return inst
    @classmethod
    def describe(cls):
        return "Child>" + super().describe()

class Grand(Child):
    @classmethod
    def describe(cls):
        return "Grand>" + super().describe()

c = Child.create(2)
print(type(c).__name__, c.value, c.extra, c.created_by)
g = Grand(7)
print(type(g).__name__, g.value, g.extra)
print(Base.registry)
print(Grand.describe(), Child.describe(), g.describe())

# super() in a staticmethod has no first argument to use
class S(Base):
    @staticmethod
    def stat():
        return super().describe()
try:
    S.stat()
except RuntimeError as e:
    print(type(e).__name__, e)

# __new__ returning an instance of another class skips __init__
class Other:
    def __init__(self):
        print("Other.__init__ should not run here")
class Weird:
    def __new__(cls):
        return super().__new__(Other)
    def __init__(self):
        print("Weird.__init__ not called")
w = Weird()
print(type(w).__name__)

# classmethod super() used on an instance
class K(Base):
    @classmethod
    def describe(cls):
        return "K>" + super().describe()
print(K(1).describe())

# __init_subclass__ is an implicit classmethod and can use super()
class Tracked:
    subs = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Tracked.subs.append(cls.__name__)
class T1(Tracked): pass
class T2(T1): pass
print(Tracked.subs)
