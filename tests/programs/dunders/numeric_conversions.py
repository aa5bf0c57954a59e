# int(), float() and complex() through __int__, __float__, __complex__ and
# their __index__ / __trunc__-free fallbacks, with the wrong-type errors.

class Num:
    def __init__(self, i=None, f=None, c=None, idx=None):
        self.i, self.f, self.c, self.idx = i, f, c, idx

def make(**kw):
    attrs = {}
    if "i" in kw:
        attrs["__int__"] = lambda self: kw["i"]
    if "f" in kw:
        attrs["__float__"] = lambda self: kw["f"]
    if "c" in kw:
        attrs["__complex__"] = lambda self: kw["c"]
    if "idx" in kw:
        attrs["__index__"] = lambda self: kw["idx"]
    return type("N", (), attrs)()

def t(label, fn):
    try:
        r = fn()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)

t("int via __int__", lambda: int(make(i=7)))
t("int via __index__", lambda: int(make(idx=8)))
t("int prefers __int__", lambda: int(make(i=1, idx=2)))
t("int __int__ -> float", lambda: int(make(i=1.5)))
t("int __int__ -> str", lambda: int(make(i="3")))
t("int nothing", lambda: int(make()))
t("int from __float__ only", lambda: int(make(f=2.5)))
t("float via __float__", lambda: float(make(f=2.5)))
t("float via __index__", lambda: float(make(idx=3)))
t("float nothing", lambda: float(make()))
t("float from __int__ only", lambda: float(make(i=4)))
t("complex via __complex__", lambda: complex(make(c=1 + 2j)))
t("complex via __float__", lambda: complex(make(f=1.5)))
t("complex via __index__", lambda: complex(make(idx=2)))
t("complex __complex__ -> float", lambda: complex(make(c=1.0)))
t("complex nothing", lambda: complex(make()))
t("complex two parts", lambda: complex(make(f=1.0), make(f=2.0)))
t("complex imag obj", lambda: complex(1, make(c=1j)))

class MyFloat(float):
    pass
class MyInt(int):
    pass
t("int of int subclass", lambda: int(MyInt(5)))
t("float of float subclass", lambda: float(MyFloat(5.5)))

# builtin numbers and strings
t("int(3.99)", lambda: int(-3.99))
t("int('  12 ')", lambda: int("  12 "))
t("int('1_000')", lambda: int("1_000"))
t("int('0x1f', 0)", lambda: int("0x1f", 0))
t("int('12', 2)", lambda: int("12", 2))
t("int(inf)", lambda: int(float("inf")))
t("int(nan)", lambda: int(float("nan")))
t("int(1j)", lambda: int(1j))
t("float('  -1.5e3 ')", lambda: float("  -1.5e3 "))
t("float('inf')", lambda: float("-Infinity"))
t("float('x')", lambda: float("x"))
t("float(10**400)", lambda: float(10 ** 400))
t("float(1j)", lambda: float(1j))
t("complex('1+2j')", lambda: complex("1+2j"))
t("complex('1 + 2j')", lambda: complex("1 + 2j"))
t("complex(None)", lambda: complex(None))
t("int(None)", lambda: int(None))
t("float(None)", lambda: float(None))
t("int([])", lambda: int([]))
