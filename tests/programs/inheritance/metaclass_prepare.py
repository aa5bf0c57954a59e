# __prepare__ returning a custom mapping: recording definition order, rejecting duplicates.
class OrderedRecorder(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)

class OrderMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kwargs):
        print("__prepare__", mcs.__name__, name, [b.__name__ for b in bases])
        return OrderedRecorder()
    def __new__(mcs, name, bases, ns, **kwargs):
        print("__new__ got", type(ns).__name__)
        cls = super().__new__(mcs, name, bases, dict(ns))
        cls.field_order = list(ns.order)
        return cls
    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)

class Record(metaclass=OrderMeta, flavour="x"):
    zeta = 1
    alpha = 2
    def mid(self): pass
    beta = 3
    zeta = 4
print(Record.field_order, Record.zeta)

# A mapping that forbids redefinition
class NoDupes(dict):
    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):
            raise KeyError("duplicate definition of %r" % key)
        super().__setitem__(key, value)

class StrictMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return NoDupes()

class Ok(metaclass=StrictMeta):
    a = 1
    b = 2
print(Ok.a, Ok.b)
try:
    class Dupe(metaclass=StrictMeta):
        a = 1
        a = 2
except KeyError as e:
    print(type(e).__name__, e)

# __prepare__ that pre-populates names visible in the class body
class Injecting(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return {"helper": lambda x: x * 10, "CONST": 7}
class Uses(metaclass=Injecting):
    value = helper(CONST)
print(Uses.value, hasattr(Uses, "helper"))

# A mapping whose __getitem__ supplies defaults for unknown names
class AutoNames(dict):
    def __missing__(self, key):
        if key.startswith("__") or key in ("print",):
            raise KeyError(key)
        return "auto_" + key
class AutoMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return AutoNames()
    def __new__(mcs, name, bases, ns):
        return super().__new__(mcs, name, bases, dict(ns))
class Enumish(metaclass=AutoMeta):
    red = green
    blue = purple
print(Enumish.red, Enumish.blue)
