# classmethod alternative constructors respect subclasses; staticmethod helpers.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, text):
        return cls(*map(int, text.split("-")))
    @classmethod
    def today(cls):
        return cls(2000, 1, 1)
    @staticmethod
    def is_valid(text):
        return text.count("-") == 2
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"
class Birthday(Date):
    pass
print(Date.from_string("2024-02-29"), Birthday.from_string("1999-12-31"), Birthday.today())
print(Date.is_valid("1-2-3"), Birthday.is_valid("x"), Date(1, 2, 3).from_string("4-5-6"))
print(type(Date.__dict__["from_string"]).__name__, type(Date.__dict__["is_valid"]).__name__)
print(Date.from_string.__self__ is Date, Birthday.from_string.__self__ is Birthday)
print(Date.__dict__["from_string"].__func__.__name__, callable(Date.__dict__["is_valid"]))
class Registry:
    items = []
    @classmethod
    def register(cls, item):
        cls.items = cls.items + [item]
        return cls
class Sub(Registry):
    pass
Registry.register("a")
Sub.register("b")
print(Registry.items, Sub.items)
