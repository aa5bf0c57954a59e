# getattr(): defaults, non-string names, which exceptions the default swallows.
class Obj:
    a = 1
    def __init__(self):
        self.b = 2
    @property
    def bad(self):
        raise ValueError("bad property")
    @property
    def attr_err(self):
        raise AttributeError("from property")

o = Obj()
print(getattr(o, "a"), getattr(o, "b"), getattr(o, "c", None), getattr(o, "c", 0))
print(getattr(Obj, "a"), getattr(Obj, "b", "no b on class"))
print(getattr(o, "attr_err", "default used"))
try:
    getattr(o, "bad", "default not used")
except ValueError as e:
    print("ValueError", e)
try:
    getattr(o, "c")
except AttributeError as e:
    print("AttributeError", e)
# Name must be a str (subclasses allowed).
for name in (1, None, b"a", 1.0):
    try:
        getattr(o, name)
    except TypeError as e:
        print("TypeError", e)
    try:
        getattr(o, name, "dflt")
    except TypeError as e:
        print("TypeError with default", e)
class MyStr(str):
    pass
print(getattr(o, MyStr("a")), getattr(o, MyStr("zz"), "sub default"))
# Argument count errors.
for args in ((), (o,), (o, "a", 1, 2)):
    try:
        getattr(*args)
    except TypeError as e:
        print("TypeError", e)
# Default can be any object, including None and the object itself.
print(getattr(o, "nope", o) is o, getattr(o, "nope", None) is None)
# getattr on builtins and types.
print(getattr(5, "real"), getattr("abc", "upper")(), getattr(int, "__name__"), getattr([], "missing", []))
# Dynamic dispatch table with getattr.
class Calculator:
    def op_add(self, a, b):
        return a + b
    def op_mul(self, a, b):
        return a * b
    def run(self, program):
        results = []
        for name, a, b in program:
            handler = getattr(self, "op_" + name, None)
            if handler is None:
                results.append(f"unknown op {name}")
            else:
                results.append(handler(a, b))
        return results
print(Calculator().run([("add", 1, 2), ("mul", 3, 4), ("pow", 2, 3)]))
# getattr triggers __getattr__ and descriptors.
class Dyn:
    def __getattr__(self, name):
        if name == "stop":
            raise AttributeError(name)
        return len(name)
print(getattr(Dyn(), "hello"), getattr(Dyn(), "stop", "stopped"))
# Dotted names are not traversed.
print(getattr(o, "b.real", "no traversal"))
