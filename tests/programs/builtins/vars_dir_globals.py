class Sample:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = "two"
    def method(self):
        return 0
s = Sample()
print(vars(s), sorted(vars(Sample).keys() & {"cls_attr", "method", "__init__"}))
s.c = [3]
print(vars(s), s.__dict__ is vars(s))
print([n for n in dir(s) if not n.startswith("__")], "__init__" in dir(s), "a" in dir(Sample))
try:
    vars(5)
except TypeError as e:
    print("TypeError", e)
def f(x, y=2):
    z = x + y
    return sorted(vars().items()), sorted(locals())
print(f(1))
print("f" in globals(), globals()["Sample"] is Sample, type(globals()).__name__)
print(sorted(n for n in dir() if not n.startswith("__")))
import math
print([n for n in dir(math) if n.startswith("is")], "pi" in vars(math), vars(math)["pi"])
print(len(dir([])) > 30, "append" in dir([]), "keys" in dir({}), "upper" in dir(""), "__add__" in dir(1))
print(hasattr(s, "a"), hasattr(s, "zzz"), getattr(s, "b"), getattr(s, "zzz", "fallback"))
setattr(s, "d", 4)
delattr(s, "a")
print(sorted(vars(s)))
try:
    getattr(s, "missing")
except AttributeError as e:
    print("AttributeError", e)
try:
    getattr(s, 5)
except TypeError as e:
    print("TypeError", e)
try:
    delattr(s, "never")
except AttributeError as e:
    print("AttributeError", e)
print(callable(s), callable(Sample), callable(s.method), callable(print), callable(None))
print(isinstance(s, Sample), isinstance(s, (int, Sample)), issubclass(Sample, object), type(s) is Sample)
print(id(s) == id(s), id(s) != id(Sample()), hash(s) == hash(s))
