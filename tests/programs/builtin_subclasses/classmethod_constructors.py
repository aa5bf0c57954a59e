# Built-in alternate constructors called on a subclass return the subclass,
# and go through the subclass's __new__/__init__/__setitem__ as CPython does.
class MyFloat(float):
    def __new__(cls, value=0.0):
        print("  MyFloat.__new__", value)
        return super().__new__(cls, value)
f = MyFloat.fromhex("0x1.8p1")
print(f, type(f).__name__)

class MyBytes(bytes):
    def __new__(cls, *args):
        print("  MyBytes.__new__", args)
        return super().__new__(cls, *args)
b = MyBytes.fromhex("6162")
print(b, type(b).__name__)

class MyBA(bytearray):
    def __init__(self, *args):
        print("  MyBA.__init__", args)
        super().__init__(*args)
ba = MyBA.fromhex("63")
print(ba, type(ba).__name__)

class MyDict(dict):
    def __init__(self, *args, **kwargs):
        print("  MyDict.__init__", args, kwargs)
        super().__init__(*args, **kwargs)
    def __setitem__(self, key, value):
        print("  MyDict.__setitem__", key, value)
        super().__setitem__(key, value)
d = MyDict.fromkeys(["a", "b"], 0)
print(d, type(d).__name__)
d2 = MyDict.fromkeys("")
print(d2)

class PlainDict(dict):
    pass
pd = PlainDict.fromkeys(range(3))
print(pd, type(pd).__name__, dict.fromkeys.__self__ is dict, PlainDict.fromkeys.__self__ is PlainDict)

class ListyDict(dict):
    def __new__(cls, *args):
        print("  ListyDict.__new__", args)
        return super().__new__(cls)
ld = ListyDict.fromkeys("xy", 1)
print(ld)

class NotADict(dict):
    def __new__(cls):
        return ["not", "a", "dict"]
try:
    print(NotADict.fromkeys("ab"))
except TypeError as e:
    print(type(e).__name__, e)

class Str(str):
    pass
print(Str.maketrans("a", "b"), type(Str.maketrans("a", "b")).__name__, "abc".translate(Str.maketrans("a", "b")))
