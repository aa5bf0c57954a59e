# Constructing exception groups: which class you get, argument checking,
# the args/message/exceptions attributes, str/repr, and subclassing rules.


def attempt(label, make):
    try:
        g = make()
        print(f"{label}: {type(g).__name__} {g!r}")
        return g
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")


attempt("all Exceptions", lambda: BaseExceptionGroup("m", [ValueError(1), KeyError(2)]))
attempt("one BaseException", lambda: BaseExceptionGroup("m", [ValueError(1), SystemExit(2)]))
attempt("nested EG in BEG", lambda: BaseExceptionGroup("m", [ExceptionGroup("i", [ValueError()])]))
attempt("nested BEG", lambda: BaseExceptionGroup("m", [BaseExceptionGroup("i", [KeyboardInterrupt()])]))
attempt("EG with BaseException", lambda: ExceptionGroup("m", [GeneratorExit()]))
attempt("EG with nested BEG", lambda: ExceptionGroup("m", [BaseExceptionGroup("i", [SystemExit()])]))
attempt("empty", lambda: ExceptionGroup("m", []))
attempt("empty tuple", lambda: BaseExceptionGroup("m", ()))
attempt("message not str", lambda: ExceptionGroup(b"m", [ValueError()]))
attempt("not a sequence", lambda: ExceptionGroup("m", ValueError()))
attempt("set", lambda: ExceptionGroup("m", {ValueError()}))
attempt("generator", lambda: ExceptionGroup("m", (e for e in [ValueError()])))
attempt("class not instance", lambda: ExceptionGroup("m", [ValueError]))
attempt("non exception item", lambda: ExceptionGroup("m", [ValueError(), "x"]))
attempt("one arg", lambda: ExceptionGroup("m"))
attempt("three args", lambda: ExceptionGroup("m", [ValueError()], 3))
attempt("no args", lambda: ExceptionGroup())
attempt("list kept?", lambda: ExceptionGroup("m", [ValueError(1)]))

items = [ValueError(1), TypeError(2)]
g = ExceptionGroup("msg", items)
items.append(KeyError(3))
print("exceptions is a tuple copy:", type(g.exceptions).__name__, len(g.exceptions))
print("args:", g.args, "| message:", g.message)
print("str:", str(g))
print("str of one:", str(ExceptionGroup("only", [ValueError()])))
print("same objects:", g.exceptions[0] is items[0])
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception),
      issubclass(BaseExceptionGroup, Exception))


class MyGroup(ExceptionGroup):
    pass


attempt("subclass", lambda: MyGroup("sub", [ValueError()]))
attempt("subclass with BaseException", lambda: MyGroup("sub", [KeyboardInterrupt()]))


class MyBaseGroup(BaseExceptionGroup):
    pass


attempt("base subclass with Exceptions", lambda: MyBaseGroup("b", [ValueError()]))
attempt("base subclass with BaseException", lambda: MyBaseGroup("b", [KeyboardInterrupt()]))


class Extra(ExceptionGroup):
    def __new__(cls, message, excs, code):
        self = super().__new__(cls, message, excs)
        self.code = code
        return self

    def __init__(self, message, excs, code):
        super().__init__(message, excs)


x = attempt("extra args", lambda: Extra("e", [ValueError()], 42))
print("code:", x.code, "args:", x.args)

try:
    class Both(ExceptionGroup, KeyError):
        pass
except TypeError as e:
    print("TypeError:", e)
