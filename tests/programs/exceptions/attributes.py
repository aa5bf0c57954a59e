# args, __cause__, __context__, __suppress_context__, __traceback__, with_traceback.
try:
    try:
        raise ValueError("a", 1)
    except ValueError as inner:
        raise KeyError("b") from inner
except KeyError as e:
    print(e.args, repr(e.__cause__), repr(e.__context__), e.__suppress_context__, e.__traceback__ is not None)
    print(e.__cause__ is e.__context__, type(e.__traceback__).__name__, e.__traceback__.tb_lineno)
try:
    try:
        raise ValueError
    except ValueError:
        raise KeyError from None
except KeyError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
e = RuntimeError()
print(e.args, e.__traceback__, e.__cause__, e.__context__, e.__suppress_context__)
e.__cause__ = ValueError("set")
print(e.__suppress_context__, repr(e.__cause__))
try:
    e.__cause__ = 5
except TypeError as err:
    print("TypeError:", err)
try:
    e.__context__ = "x"
except TypeError as err:
    print("TypeError:", err)
e.args = ("replaced", 2)
print(e, repr(e), e.args)
e.args = "abc"
print(e.args)
e2 = Exception()
print(e2.with_traceback(None) is e2, str(Exception("one")), str(Exception("one", "two")), str(Exception(5)), repr(Exception("q",)))
try:
    raise ValueError("tb")
except ValueError as caught:
    tb = caught.__traceback__
    print(tb.tb_next is None, tb.tb_lineno)
