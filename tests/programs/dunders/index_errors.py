# Failures of __index__: wrong return types, missing method, and the
# messages of the operations that needed an integer.

class Ret:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

class Plain:
    pass

def t(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

data = [1, 2, 3]
t("index -> float", lambda: data[Ret(1.0)])
t("index -> str", lambda: data[Ret("1")])
t("index -> None", lambda: hex(Ret(None)))
t("int big", lambda: data[10 ** 30])
t("index -> out of range", lambda: data[Ret(5)])
t("slice with float index", lambda: data[Ret(1.5):])
t("range(Ret(str))", lambda: range(Ret("3")))
t("plain index", lambda: data[Plain()])
t("plain slice", lambda: data[Plain():])
t("str plain", lambda: "abc"[Plain()])
t("tuple plain", lambda: (1,)[Plain()])
t("range plain", lambda: range(Plain()))
t("hex plain", lambda: hex(Plain()))
t("bin float", lambda: bin(1.5))
t("oct str", lambda: oct("8"))
t("list * plain", lambda: [1] * Plain())
t("str * float", lambda: "a" * 1.0)
t("list[float]", lambda: data[1.0])
t("list[str]", lambda: data["0"])
NONE, ABC, A = None, "abc", "a"
t("str[None]", lambda: ABC[NONE])
t("dict-like key ok", lambda: {1.0: "x"}[1])
t("range[float]", lambda: range(3)[0.5])
t("bytes[str]", lambda: b"ab"[A])
t("chr(float)", lambda: chr(65.0))
t("slice step 0", lambda: data[::Ret(0)])
t("range step 0", lambda: range(0, 5, Ret(0)))

class RaisingIndex:
    def __index__(self):
        raise ValueError("index exploded")
t("raising index", lambda: data[RaisingIndex()])
t("raising in slice", lambda: data[RaisingIndex():])
t("raising in range", lambda: range(RaisingIndex()))
t("raising in hex", lambda: hex(RaisingIndex()))

class MyInt(int):
    def __index__(self):
        return 99
print("int subclass ignores __index__:", data[MyInt(1)], hex(MyInt(1)), range(MyInt(2)))
