# str subclasses normalise their value in __new__; __init__ cannot change it.
class Upper(str):
    def __new__(cls, text=""):
        return super().__new__(cls, str(text).upper())

u = Upper("hello")
print(u, repr(u), type(u).__name__, u == "HELLO", len(u))
print(Upper(), repr(Upper()), Upper(123), Upper(["a"]))

class Slug(str):
    def __new__(cls, text):
        words = "".join(ch if ch.isalnum() else " " for ch in text.lower()).split()
        obj = super().__new__(cls, "-".join(words))
        obj.words = len(words)
        return obj
for title in ["Hello, World!", "  Python 3.11 -- rocks ", "???"]:
    s = Slug(title)
    print(repr(s), s.words, bool(s))

class Tagged(str):
    def __init__(self, text, tag="none"):
        print("  __init__ sees", repr(text), "self is", repr(self))
        self.tag = tag
    def __new__(cls, text, tag="none"):
        print("  __new__ with", repr(text), repr(tag))
        return super().__new__(cls, text)
t = Tagged("abc", tag="x")
print(t, t.tag, t.upper(), type(t.upper()).__name__)

class BadInit(str):
    def __init__(self, text, extra):
        self.extra = extra
try:
    BadInit("a", 1)
except TypeError as e:
    print(type(e).__name__, e)

class Short(str):
    MAX = 5
    def __new__(cls, text):
        if len(text) > cls.MAX:
            text = text[:cls.MAX - 1] + "~"
        return str.__new__(cls, text)
class Shorter(Short):
    MAX = 3
print(Short("abcdefgh"), Shorter("abcdefgh"), Short("abc"), type(Shorter("x")).__name__)
print(isinstance(Shorter("x"), Short), issubclass(Shorter, str), [c.__name__ for c in Shorter.__mro__])

class Interned(str):
    _cache = {}
    def __new__(cls, text):
        if text not in cls._cache:
            print("  creating", text)
            cls._cache[text] = super().__new__(cls, text)
        return cls._cache[text]
    def __init__(self, text):
        print("  init", text)
a = Interned("k")
b = Interned("k")
print(a is b, sorted(Interned._cache))

class NotStr(str):
    def __new__(cls, value):
        return len(value)
print(NotStr("four"), type(NotStr("four")).__name__)
