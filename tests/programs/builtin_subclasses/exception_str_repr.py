# __str__ and __repr__ overrides on exceptions, and what str(), repr(),
# print, format and traceback-style printing use.
class Detailed(Exception):
    def __init__(self, field, value):
        super().__init__(field, value)
        self.field = field
        self.value = value
    def __str__(self):
        return f"bad {self.field}: {self.value!r}"

e = Detailed("age", -1)
print(e)
print(str(e), "|", repr(e), "|", e.args, "|", f"{e}", "|", "%s" % e, "|", [e])

class Reprd(ValueError):
    def __repr__(self):
        return "Reprd!"
r = Reprd("msg")
print(r, repr(r), [r], f"{r!r}", str(r))

class Empty(Exception):
    pass
print(repr(str(Empty())), repr(Empty()), repr(Empty("a", 1)), str(Empty("a", 1)), str(Empty(("t",))))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError("a", "b")), str(KeyError()), repr(str(KeyError(""))))

class MyKeyError(KeyError):
    pass
print(str(MyKeyError("k")), repr(MyKeyError("k")), str(MyKeyError(1, 2)))
try:
    {}["missing"]
except KeyError as err:
    print(type(err).__name__, err, repr(err), err.args)

class Uni(Exception):
    def __str__(self):
        return "héllo"
print(Uni(), repr(Uni("x")), str(Uni()))

class BadStr(Exception):
    def __str__(self):
        return 1
try:
    str(BadStr())
except TypeError as err:
    print(type(err).__name__, err)

class StrFromArgs(Exception):
    def __str__(self):
        return " / ".join(map(str, self.args)) or "<no details>"
print(StrFromArgs(), StrFromArgs(1, "two"), repr(StrFromArgs(3)))

import traceback
try:
    raise Detailed("name", "")
except Detailed as err:
    print("".join(traceback.format_exception_only(type(err), err)), end="")
    print(traceback.format_exception_only(err)[-1], end="")
try:
    raise Reprd("shown via str")
except Reprd as err:
    print("".join(traceback.format_exception_only(type(err), err)), end="")
try:
    raise Empty()
except Empty as err:
    print("".join(traceback.format_exception_only(type(err), err)), end="")
class Local:
    class Nested(Exception):
        pass
try:
    raise Local.Nested("inner")
except Exception as err:
    print("".join(traceback.format_exception_only(type(err), err)), end="")
    print(type(err).__qualname__, type(err).__module__)
