class Date:
    count = 0
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.count += 1
    @classmethod
    def from_string(cls, text):
        return cls(*map(int, text.split("-")))
    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class EuroDate(Date):
    @classmethod
    def from_string(cls, text):
        d, m, y = map(int, text.split("."))
        return cls(y, m, d)
print(Date.from_string("2024-02-29"), EuroDate.from_string("1.2.2023"), Date.count)
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024), EuroDate.is_leap(2023))
print(type(Date.__dict__["from_string"]).__name__, type(Date.__dict__["is_leap"]).__name__)
print(Date.from_string.__self__ is Date, EuroDate.from_string.__func__.__qualname__)
sm = Date.__dict__["is_leap"]
print(sm.__func__(2004), callable(sm))
cm = classmethod(lambda cls: cls.__name__)
class Uses:
    name = cm
print(Uses.name(), Uses().name())
class Registry:
    _items = []
    @classmethod
    def add(cls, item):
        cls._items.append(item)
        return cls
    @classmethod
    def size(cls):
        return len(cls._items)
Registry.add(1).add(2)
print(Registry.size(), Registry._items)
class Counter:
    instances = 0
    def __new__(cls, *args):
        cls.instances += 1
        return super().__new__(cls)
    def __init__(self, label):
        self.label = label
class SubCounter(Counter):
    pass
a, b, c = Counter("a"), SubCounter("b"), SubCounter("c")
print(Counter.instances, SubCounter.instances, c.label)
try:
    Date.from_string("bad")
except ValueError as e:
    print("ValueError", e)
try:
    Date.is_leap()
except TypeError as e:
    print("TypeError", e)
try:
    Date.__init__(1, 2, 3, 4)
except AttributeError as e:
    print("AttributeError", e)
