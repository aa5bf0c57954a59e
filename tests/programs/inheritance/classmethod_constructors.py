# Alternate constructors via classmethods return the subclass; inheritance of class-level state.
class Temperature:
    unit = "C"
    def __init__(self, degrees):
        self.degrees = degrees
    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)
    @classmethod
    def from_string(cls, s):
        value, unit = s[:-1], s[-1]
        if unit == "F":
            return cls.from_fahrenheit(float(value))
        return cls(float(value))
    @classmethod
    def zero(cls):
        return cls(0)
    def __repr__(self):
        return "%s(%.1f%s)" % (type(self).__name__, self.degrees, self.unit)

class Reading(Temperature):
    def __init__(self, degrees, sensor="default"):
        super().__init__(degrees)
        self.sensor = sensor
    def __repr__(self):
        return super().__repr__() + "@" + self.sensor

print(Temperature.from_fahrenheit(212), Reading.from_fahrenheit(32), Reading.from_string("50F"), Reading.zero())
print(type(Reading.from_string("10C")).__name__, Reading.from_string("10C").sensor)

# classmethod accessed through an instance still gets the class
r = Reading(5, "s1")
print(r.zero(), type(r.zero).__name__, r.zero.__self__ is Reading)

# Class-level counters: mutation vs rebinding
class Counter:
    count = 0
    instances = []
    def __init__(self):
        type(self).count += 1
        self.instances.append(type(self).__name__)
class SubCounter(Counter):
    pass
Counter(); Counter(); SubCounter(); SubCounter(); SubCounter()
print(Counter.count, SubCounter.count, "count" in SubCounter.__dict__, Counter.instances is SubCounter.instances, Counter.instances)

# A classmethod that creates a subclass on the fly
class Shape:
    sides = 0
    @classmethod
    def with_sides(cls, n):
        return type("%s%d" % (cls.__name__, n), (cls,), {"sides": n})
Tri = Shape.with_sides(3)
Quad = Tri.with_sides(4)
print(Tri.__name__, Tri.sides, Quad.__name__, Quad.sides, [k.__name__ for k in Quad.__mro__])

# staticmethod vs classmethod under inheritance
class Parser:
    @staticmethod
    def make():
        return Parser()
    @classmethod
    def build(cls):
        return cls()
class JsonParser(Parser):
    pass
print(type(JsonParser.make()).__name__, type(JsonParser.build()).__name__)

# classmethod wrapping a property-like accessor
class Registry:
    _items = None
    @classmethod
    def items(cls):
        if cls.__dict__.get("_items") is None:
            cls._items = []
        return cls._items
class R1(Registry): pass
class R2(Registry): pass
R1.items().append("a"); R2.items().append("b"); R1.items().append("c")
print(R1.items(), R2.items(), Registry.items())

# classmethod on a builtin subclass
class Pairs(dict):
    @classmethod
    def from_pairs(cls, text):
        return cls(item.split("=") for item in text.split(","))
p = Pairs.from_pairs("a=1,b=2")
print(p, type(p).__name__, type(Pairs.fromkeys("xy")).__name__)
