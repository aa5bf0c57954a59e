# Some built-in types cannot be subclassed; class creation fails with
# "type 'X' is not an acceptable base type".
def func():
    pass
def gen():
    yield
candidates = [
    ("bool", bool),
    ("NoneType", type(None)),
    ("range", range),
    ("slice", slice),
    ("function", type(func)),
    ("generator", type(gen())),
    ("memoryview", memoryview),
    ("ellipsis", type(...)),
    ("NotImplementedType", type(NotImplemented)),
    ("builtin_function_or_method", type(len)),
    ("method", type(Exception().with_traceback)),
]
for label, base in candidates:
    try:
        class Sub(base):
            pass
        print(label, "subclassable:", Sub.__mro__[1].__name__)
    except TypeError as e:
        print(label, type(e).__name__, e)

for base in [int, str, list, dict, set, frozenset, tuple, bytes, bytearray, float, complex, object, type, Exception, property, staticmethod, classmethod]:
    class Ok(base):
        pass
    print(base.__name__, "->", Ok.__name__, [c.__name__ for c in Ok.__mro__])

try:
    class Two(int, str):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Three(list, dict):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Four(int, float):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Five(bytes, int):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    bool.__new__(bool, 1)
    print("bool.__new__ ok", bool.__new__(bool, 1), bool.__new__(bool))
except TypeError as e:
    print(type(e).__name__, e)
print(type(True).__mro__, isinstance(True, int), True + True, type(True + True).__name__)
