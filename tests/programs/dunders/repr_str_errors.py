# __repr__, __str__, __bytes__ and __format__ returning the wrong type,
# and exceptions raised inside them.

class BadRepr:
    def __init__(self, value):
        self.value = value
    def __repr__(self):
        return self.value

class BadStr:
    def __init__(self, value):
        self.value = value
    def __str__(self):
        return self.value

def t(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

t("repr -> int", lambda: repr(BadRepr(5)))
t("repr -> None", lambda: repr(BadRepr(None)))
t("repr -> bytes", lambda: repr(BadRepr(b"x")))
t("repr in list", lambda: repr([BadRepr(1)]))
t("repr via %r", lambda: "%r" % (BadRepr(2.5),))
t("repr via !r", lambda: f"{BadRepr([])!r}")
t("ascii", lambda: ascii(BadRepr(3)))
t("str -> int", lambda: str(BadStr(5)))
t("str -> None", lambda: str(BadStr(None)))
t("print bad str", lambda: print(BadStr(1)))
t("format bad str", lambda: format(BadStr(1)))
t("%s bad str", lambda: "%s" % BadStr(1))
t("f-string bad str", lambda: f"{BadStr(1)}")

# str subclasses are accepted and returned as is (repr) or converted (str)
class MyStr(str):
    pass
r = repr(BadRepr(MyStr("sub")))
s = str(BadStr(MyStr("sub")))
print(r, type(r).__name__, s, type(s).__name__)

class Raising:
    def __repr__(self):
        raise RuntimeError("repr exploded")
t("raising repr", lambda: repr(Raising()))
t("raising repr in list", lambda: str([1, Raising()]))
t("raising repr via str", lambda: str(Raising()))
t("raising in print", lambda: print(Raising()))

class BadBytes:
    def __init__(self, value):
        self.value = value
    def __bytes__(self):
        return self.value
t("bytes -> str", lambda: bytes(BadBytes("x")))
t("bytes -> bytearray", lambda: bytes(BadBytes(bytearray(b"ab"))))
t("bytes -> list", lambda: bytes(BadBytes([1, 2])))
t("bytes -> bytes", lambda: bytes(BadBytes(b"ok")))

class MyBytes(bytes):
    pass
b = bytes(BadBytes(MyBytes(b"sub")))
print(b, type(b).__name__)
