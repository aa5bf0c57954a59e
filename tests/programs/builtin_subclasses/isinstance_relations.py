# isinstance/issubclass, type(), __mro__, __bases__ and __base__ for
# subclasses of built-in types and subclasses of those subclasses.
class MyInt(int): pass
class MyBool(MyInt): pass
class MyStr(str): pass
class MyList(list): pass
class MyDict(dict): pass
class Deeper(MyDict): pass
class MyExc(ValueError): pass
class Mixin: pass
class Mixed(Mixin, list): pass
class Mixed2(list, Mixin): pass

checks = [
    (MyInt(1), [int, float, object, MyInt, bool]),
    (MyBool(1), [int, MyInt, MyBool, bool]),
    (MyStr("s"), [str, bytes, MyStr, object]),
    (MyList(), [list, tuple, MyList, Mixed]),
    (Deeper(), [dict, MyDict, Deeper, list]),
    (MyExc(), [Exception, ValueError, ArithmeticError, BaseException, MyExc]),
    (Mixed(), [list, Mixin, Mixed, Mixed2]),
]
for obj, types in checks:
    print(type(obj).__name__, [(t.__name__, isinstance(obj, t)) for t in types])
    print("   tuple form:", isinstance(obj, (float, list, dict)), isinstance(obj, ()), isinstance(obj, (bytes, (str, int))))
for cls in [MyInt, MyBool, MyStr, Deeper, MyExc, Mixed, Mixed2]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__], [b.__name__ for b in cls.__bases__])
print(issubclass(MyBool, int), issubclass(bool, MyInt), issubclass(MyInt, (str, int)), issubclass(Deeper, Deeper))
print(type(MyInt(3)) is MyInt, type(MyInt(3)) == int, type(MyInt(3) + 0) is int, MyInt(3).__class__.__name__)
print(sorted(c.__name__ for c in MyDict.__subclasses__()), [c.__name__ for c in MyInt.__subclasses__()])
print("MyInt" in [c.__name__ for c in int.__subclasses__()], "MyStr" in [c.__name__ for c in str.__subclasses__()])
print(type(MyList).__name__, type(MyExc).__name__, isinstance(MyInt, type), MyInt.__module__, MyInt.__qualname__)
try:
    isinstance(1, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(MyInt(1), int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(MyInt, [int])
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, int), isinstance(MyInt(0), bool))
print(int.__subclasscheck__(MyBool), int.__instancecheck__(MyStr("x")))
def describe(value):
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int-like " + type(value).__name__
    if isinstance(value, (str, bytes)):
        return "text " + type(value).__name__
    if isinstance(value, dict):
        return "mapping " + type(value).__name__
    if isinstance(value, (list, tuple)):
        return "sequence " + type(value).__name__
    return "other"
print([describe(v) for v in [True, MyInt(2), MyBool(3), MyStr("a"), b"b", Deeper(), Mixed(), 1.5]])
