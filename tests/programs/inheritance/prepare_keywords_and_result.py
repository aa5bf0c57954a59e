# __prepare__ receives the class keywords; a non-mapping result is a TypeError.
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kwargs):
        print("__prepare__", name, kwargs)
        return {}
    def __new__(mcs, name, bases, ns, **kwargs):
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)
class Record(metaclass=Meta, flavour="x", size=3):
    pass
class BadPrepare(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 42
try:
    class X(metaclass=BadPrepare):
        pass
except TypeError as e:
    print(type(e).__name__, e)
