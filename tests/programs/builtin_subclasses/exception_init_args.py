# How a custom __init__ interacts with BaseException.args: args is set from
# the constructor call by BaseException.__new__, and only changed when
# super().__init__ is called with different arguments.
class NoSuper(Exception):
    def __init__(self, code, message):
        self.code = code
        self.message = message

e = NoSuper(404, "missing")
print(repr(e), str(e), e.args, e.code, e.message)

class WithSuper(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code
e = WithSuper(500, "boom")
print(repr(e), str(e), e.args, e.code)

class SuperNoArgs(Exception):
    def __init__(self, value):
        super().__init__()
        self.value = value
e = SuperNoArgs(7)
print(repr(e), repr(str(e)), e.args, e.value)

class Kw(Exception):
    def __init__(self, *, reason):
        super().__init__(f"because {reason}")
        self.reason = reason
e = Kw(reason="why not")
print(repr(e), e.args, e.reason)
try:
    Exception(reason="x")
except TypeError as err:
    print(type(err).__name__, err)
class KwNoSuper(Exception):
    def __init__(self, a, b=2):
        self.ab = (a, b)
e = KwNoSuper(1, b=3)
print(repr(e), e.args, e.ab)

class SetArgs(Exception):
    def __init__(self, *parts):
        self.args = ("-".join(map(str, parts)),)
e = SetArgs(1, 2, 3)
print(repr(e), str(e), e.args)
e.args = [4, 5]
print(repr(e), e.args, type(e.args).__name__)
e.args = "ab"
print(repr(e), e.args)
try:
    e.args = 5
except TypeError as err:
    print(type(err).__name__, err)

for args in [(), ("one",), ("a", "b"), (1,), (None,)]:
    ex = ValueError(*args)
    print(repr(ex), repr(str(ex)), ex.args)

class New(Exception):
    def __new__(cls, *args):
        print("  __new__", args)
        return super().__new__(cls, "replaced")
    def __init__(self, *args):
        print("  __init__", args, "args now", self.args)
e = New(1, 2)
print(repr(e), e.args)

class BadInit(Exception):
    def __init__(self):
        super().__init__()
try:
    raise BadInit("extra")
except TypeError as err:
    print(type(err).__name__, err)
try:
    raise WithSuper(1)
except TypeError as err:
    print(type(err).__name__, err)
