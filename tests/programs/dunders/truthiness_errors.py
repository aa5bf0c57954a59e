# Errors from __bool__ and __len__ during truth testing and len().

class Ret:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v

class Len:
    def __init__(self, v):
        self.v = v
    def __len__(self):
        return self.v

def t(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

t("bool -> 1", lambda: bool(Ret(1)))
t("bool -> 0", lambda: bool(Ret(0)))
t("bool -> None", lambda: bool(Ret(None)))
t("bool -> 'x'", lambda: bool(Ret("x")))
t("bool -> 1.0", lambda: bool(Ret(1.0)))
t("if bool -> []", lambda: "t" if Ret([]) else "f")
t("not bool -> 2", lambda: not Ret(2))

class MyBool(int):
    pass
t("bool -> int subclass", lambda: bool(Ret(MyBool(1))))

t("len -> -1", lambda: len(Len(-1)))
t("bool len -> -1", lambda: bool(Len(-1)))
t("len -> 2**63", lambda: len(Len(2 ** 63)))
t("bool len -> 2**63", lambda: bool(Len(2 ** 63)))
t("len -> 2**63-1", lambda: len(Len(2 ** 63 - 1)))
t("len -> -2**70", lambda: len(Len(-2 ** 70)))
t("len -> 1.5", lambda: len(Len(1.5)))
t("bool len -> 1.5", lambda: bool(Len(1.5)))
t("len -> '3'", lambda: len(Len("3")))
t("len -> None", lambda: len(Len(None)))
t("len -> True", lambda: len(Len(True)))
t("bool len -> False", lambda: bool(Len(False)))


class Raises:
    def __bool__(self):
        raise RuntimeError("bool exploded")
t("raising bool", lambda: bool(Raises()))
t("raising in and", lambda: Raises() and 1)
t("raising in any", lambda: any([0, Raises()]))
t("raising in while", lambda: [1 for _ in range(1) if Raises()])

class P:
    pass
t("len(P())", lambda: len(P()))
t("len(5)", lambda: len(5))
t("len(iter)", lambda: len(iter([1])))
t("len(gen)", lambda: len(x for x in []))
t("len()", lambda: len())
t("len(1, 2)", lambda: len([], []))
