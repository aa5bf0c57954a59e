# Direct calls of builtin special methods that raise rather than return
# NotImplemented: sequence concatenation/repetition slots, int.__pow__ with
# a modulus, and the self-type check of unbound descriptors.

def t(label, fn):
    try:
        print(label, repr(fn()))
    except TypeError as e:
        print(label, "TypeError:", e)

t("'a'.__add__(1)", lambda: "a".__add__(1))
t("'a'.__mul__(1.5)", lambda: "a".__mul__(1.5))
t("[1].__add__((2,))", lambda: [1].__add__((2,)))
t("(2).__pow__(10, 7)", lambda: (2).__pow__(10, 7))
t("int.__add__('a', 2)", lambda: int.__add__("a", 2))
t("float.__add__(1, 2.0)", lambda: float.__add__(1, 2.0))
t("str.__len__(5)", lambda: str.__len__(5))
t("int.__neg__()", lambda: int.__neg__())
t("int.__pow__(2, 5, 3)", lambda: int.__pow__(2, 5, 3))
t("(2).__rpow__(3, 5)", lambda: (2).__rpow__(3, 5))
