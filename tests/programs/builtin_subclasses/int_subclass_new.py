# int subclasses must override __new__ to change the value; __init__ sees the
# original arguments but cannot change the value.
class Clamped(int):
    def __new__(cls, value, lo=0, hi=100):
        print("  __new__", cls.__name__, value, lo, hi)
        return super().__new__(cls, max(lo, min(hi, value)))
    def __init__(self, value, lo=0, hi=100):
        print("  __init__", int(self), value, lo, hi)
        self.lo = lo
        self.hi = hi

c = Clamped(150)
print(c, c.lo, c.hi, type(c).__name__)
c = Clamped(-5, -3, 3)
print(c, c.lo, c.hi)

class InitOnly(int):
    def __init__(self, value):
        print("  InitOnly.__init__ got", value)
        self.doubled = value * 2
i = InitOnly(21)
print(i, i.doubled)
try:
    InitOnly(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

class NoInit(int):
    pass
try:
    NoInit(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    NoInit(x=3)
except TypeError as e:
    print(type(e).__name__, e)
print(NoInit("101", base=2), NoInit("z", 36))

class Even(int):
    def __new__(cls, n):
        if n % 2:
            raise ValueError(f"{n} is odd")
        return int.__new__(cls, n)
print(Even(4), type(Even(4)).__name__)
try:
    Even(3)
except ValueError as e:
    print(type(e).__name__, e)

class ReturnsPlain(int):
    def __new__(cls, n):
        return n * 10
    def __init__(self, n):
        print("never printed")
r = ReturnsPlain(4)
print(r, type(r).__name__)

class ReturnsOther(int):
    def __new__(cls, n):
        return Even(n)
    def __init__(self, n):
        print("not called either")
o = ReturnsOther(8)
print(o, type(o).__name__)

class Base(int):
    def __new__(cls, n):
        obj = super().__new__(cls, n)
        obj.tag = "base"
        return obj
class Child(Base):
    def __init__(self, n):
        self.tag += "+child"
ch = Child(5)
print(ch, ch.tag, type(ch).__name__, ch + 1, type(ch + 1).__name__)
print(int.__new__(Child, 9), type(int.__new__(Child, 9)).__name__)
