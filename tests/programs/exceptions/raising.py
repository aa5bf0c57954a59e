# raise forms: class, instance, bare re-raise, raise from, from None, args.
def check(fn):
    try:
        fn()
    except Exception as e:
        cause = e.__cause__
        print(type(e).__name__, e.args, repr(cause), e.__suppress_context__, type(e.__context__).__name__)
def cls():
    raise ValueError
def inst():
    raise ValueError("msg", 2)
def reraise():
    try:
        raise KeyError("k")
    except KeyError:
        raise
def chained():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e
def suppressed():
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("clean") from None
def implicit():
    try:
        [][0]
    except IndexError:
        raise TypeError("during")
for fn in [cls, inst, reraise, chained, suppressed, implicit]:
    check(fn)
try:
    raise 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
e = ValueError("a", "b")
print(str(e), repr(e), str(ValueError()), repr(ValueError("x")), str(KeyError("k")), str(KeyError("a", "b")))
