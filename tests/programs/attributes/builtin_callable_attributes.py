# Attributes of built-in functions, methods and types: __name__, __qualname__, __self__, __module__.
import math
print(len.__name__, len.__qualname__, len.__module__)
print(math.sqrt.__name__, math.sqrt.__qualname__)
lst = [1, 2]
app = lst.append
print(app.__name__, app.__qualname__, app.__self__ is lst)
print(str.upper.__name__, str.upper.__qualname__, dict.fromkeys.__name__)
print("abc".upper.__self__, (5).bit_length.__self__)
print(int.__name__, int.__qualname__, int.__module__, type.__name__, object.__name__)
print(list.__name__, dict.__qualname__, type(None).__name__, type(len).__name__)
print(type(lst.append).__name__, type(math.sqrt).__name__)
# Built-in functions don't accept arbitrary attributes.
for target in (len, lst.append, math.sqrt):
    try:
        target.extra = 1
    except AttributeError as e:
        print("AttributeError", e)
print(len.__name__)
# Calling unbound built-in methods through the type.
print(str.upper("x"), list.__len__([1, 2, 3]), dict.get({"a": 1}, "a"), int.bit_length(255))
# Bound built-in methods compare by __self__ identity and function.
a, b = [1], [1]
print(a.append == a.append, a.append == b.append, a.append.__self__ == b.append.__self__)
# getattr with computed names dispatches to built-in methods.
text = "Hello World"
for name in ("lower", "upper", "swapcase", "title"):
    print(name, getattr(text, name)())
# Methods looked up on the type need the instance explicitly.
for cls, obj, name in ((str, "ab", "upper"), (list, [3, 1], "copy"), (dict, {"k": 1}, "keys")):
    method = getattr(cls, name)
    print(cls.__name__, name, method(obj) == getattr(obj, name)())
# Instances of builtins have no instance __dict__.
for obj in (1, "s", [], {}, len):
    print(type(obj).__name__, hasattr(obj, "__dict__"))
