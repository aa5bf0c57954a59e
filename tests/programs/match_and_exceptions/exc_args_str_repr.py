# args, str() and repr() of exceptions built with zero, one and many
# arguments, non-string arguments, subclasses with custom __init__/__str__,
# and the special cases (KeyError, OSError, UnicodeError, SystemExit...).


def show(e):
    print(f"{type(e).__name__:20} args={e.args!r:30} str={str(e)!r:28} repr={e!r}")


for e in [Exception(), Exception("one"), Exception("a", "b"), Exception(1),
          Exception(None), Exception(("tuple",)), Exception([1, 2]),
          ValueError(""), ValueError(" "), KeyError("k"), KeyError(), KeyError(1, 2),
          KeyError(""), IndexError(5), LookupError("x"), ArithmeticError(1.5),
          StopIteration(), StopIteration(7), SystemExit(), SystemExit(3),
          SystemExit("bye"), KeyboardInterrupt(), GeneratorExit("g"),
          AssertionError(), NotImplementedError("todo"), RecursionError("deep")]:
    show(e)

# Attributes derived from args.
print(StopIteration(1, 2).value, StopIteration().value)
print(SystemExit(1, 2).code, SystemExit().code, SystemExit(None).code)

# args is always a tuple and can be reassigned.
e = ValueError("x")
e.args = ["a", "b"]
print(e.args, type(e.args).__name__, str(e))
e.args = ()
print(repr(str(e)), repr(e))
e.args = ("only",)
print(str(e), repr(e))


# Subclass with its own __init__ that doesn't call super().__init__: args
# still come from the constructor call.
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a


show(NoSuper(1, 2))


class Sets(Exception):
    def __init__(self, x):
        super().__init__(f"wrapped {x}")
        self.x = x


show(Sets(5))


class CustomStr(Exception):
    def __str__(self):
        return "custom str"


show(CustomStr("ignored"))


class CustomRepr(Exception):
    def __repr__(self):
        return "CustomRepr!"


show(CustomRepr("kept"))


class KeyishError(KeyError):
    pass


show(KeyishError("quoted like KeyError"))

# Keyword arguments are rejected by builtin exceptions.
try:
    ValueError(msg="x")
except TypeError as err:
    print("TypeError:", err)

# ... but accepted by subclasses that take them.
class WithKw(Exception):
    def __init__(self, *args, code=0):
        super().__init__(*args)
        self.code = code


w = WithKw("m", code=5)
show(w)
print(w.code)

# Exception instances compare by identity.
print(ValueError(1) == ValueError(1), ValueError(1) != ValueError(1))
x = ValueError(1)
print(x == x, bool(x), bool(Exception()))

# with_traceback returns the same object.
print(x.with_traceback(None) is x)
