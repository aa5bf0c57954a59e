# __new__ and __init__: custom __new__, singletons, immutable subclasses, returning other types.
class Singleton:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            print("creating", cls.__name__)
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value):
        print("init", value)
        self.value = value
a = Singleton(1)
b = Singleton(2)
print(a is b, a.value)
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    def __repr__(self):
        return f"Point{tuple.__repr__(self)}"
p = Point(3, 4)
print(p, p.x, p[1], len(p), isinstance(p, tuple), p == (3, 4), hash(p) == hash((3, 4)))
class Upper(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())
print(Upper("shout"), type(Upper("x")).__name__, Upper("a") + "b")
class Positive(int):
    def __new__(cls, value):
        if value < 0:
            raise ValueError("negative")
        return int.__new__(cls, value)
print(Positive(5) * 2, Positive(7).bit_length())
try:
    Positive(-1)
except ValueError as e:
    print("ValueError:", e)
class Other:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(Other())
class WithInit:
    def __init__(self):
        return 5
try:
    WithInit()
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(5)
except TypeError as e:
    print("TypeError:", e)
