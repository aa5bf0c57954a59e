# Subclasses of subclasses of built-ins: super() chains through overridden
# methods down to the built-in implementation.
class LoggingList(list):
    def append(self, item):
        print(f"  {type(self).__name__}: append {item!r}")
        super().append(item)

class BoundedList(LoggingList):
    def __init__(self, limit, items=()):
        super().__init__(items)
        self.limit = limit
    def append(self, item):
        if len(self) >= self.limit:
            raise OverflowError(f"limit {self.limit} reached")
        super().append(item)

class UniqueBounded(BoundedList):
    def append(self, item):
        if item in self:
            print(f"  skip duplicate {item!r}")
            return
        super().append(item)

u = UniqueBounded(3, [1])
for item in [2, 1, 3, 4]:
    try:
        u.append(item)
    except OverflowError as e:
        print(type(e).__name__, e)
print(u, [c.__name__ for c in type(u).__mro__])
print(isinstance(u, LoggingList), len(u), u.limit)

class Base(dict):
    def __getitem__(self, key):
        return super().__getitem__(key.lower())
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
class Middle(Base):
    def __setitem__(self, key, value):
        super().__setitem__(key.strip(), value)
class Top(Middle):
    def __missing__(self, key):
        return f"missing:{key}"
t = Top()
t["  HeLLo "] = 1
print(t, t["HELLO"], t["nope"], t.get("hello"))

class A(int):
    def __new__(cls, v):
        print("  A.__new__")
        return super().__new__(cls, v)
class B(A):
    def __new__(cls, v):
        print("  B.__new__")
        return super().__new__(cls, v * 2)
class C(B):
    pass
c = C(5)
print(c, type(c).__name__, [k.__name__ for k in C.__mro__])

class S1(str):
    def describe(self):
        return f"S1({str.__str__(self)})"
class S2(S1):
    def describe(self):
        return "S2>" + super().describe()
class S3(S2):
    def describe(self):
        return "S3>" + super().describe()
print(S3("x").describe(), S3("y").upper(), type(S3("y").upper()).__name__)

class E1(Exception):
    def __init__(self, msg):
        super().__init__(f"[E1] {msg}")
class E2(E1):
    def __init__(self, msg, code):
        super().__init__(f"{msg} (code {code})")
        self.code = code
try:
    raise E2("failed", 7)
except E1 as e:
    print(type(e).__name__, e, e.code, e.args)

class Diamond(LoggingList, list):
    pass
print([k.__name__ for k in Diamond.__mro__])
dm = Diamond()
dm.append("d")
print(dm)
