# __init_subclass__, class keyword arguments and class decorators on
# subclasses of built-in types.
registry = {}

class Unit(float):
    def __init_subclass__(cls, symbol, factor=1.0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.symbol = symbol
        cls.factor = factor
        registry[symbol] = cls
    def __new__(cls, value):
        return super().__new__(cls, value)
    def to_base(self):
        return float(self) * self.factor
    def __repr__(self):
        return f"{float(self)}{self.symbol}"

class Meter(Unit, symbol="m"):
    pass
class Kilometer(Unit, symbol="km", factor=1000.0):
    pass
class Mile(Unit, symbol="mi", factor=1609.344):
    pass

print(sorted(registry), [registry[k].__name__ for k in sorted(registry)])
for value in [Meter(5), Kilometer(1.5), Mile(2)]:
    print(repr(value), value.to_base(), type(value).__name__, isinstance(value, float))
try:
    class Bad(Unit):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Plain(list, flavor="x"):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class Registered(dict):
    subclasses = []
    def __init_subclass__(cls, **kwargs):
        print("  init_subclass", cls.__name__, kwargs)
        Registered.subclasses.append(cls.__name__)
        super().__init_subclass__()
class Child(Registered):
    pass
class Grandchild(Child):
    pass
print(Registered.subclasses)

def add_describe(cls):
    def describe(self):
        return f"{cls.__name__} of {len(self)} items"
    cls.describe = describe
    return cls

@add_describe
class Batch(tuple):
    pass
print(Batch((1, 2, 3)).describe(), Batch().describe())

class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        ns["created_by"] = "Meta"
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("  Meta.__call__", cls.__name__, args)
        return super().__call__(*args, **kwargs)
class MetaStr(str, metaclass=Meta):
    pass
m = MetaStr("made")
print(m, type(m).__name__, m.created_by, type(MetaStr).__name__, m.upper())
print(isinstance(MetaStr, type), MetaStr.__mro__[1].__name__)
