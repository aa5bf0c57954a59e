# Three-argument pow() failing on non-integer operands reports all three
# types: "unsupported operand type(s) for ** or pow(): 'int', 'Mod', 'int'".

class Mod:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Mod(%r)" % (self.v,)
    def __pow__(self, exp, mod=None):
        return ("pow", self.v, exp, mod)
    def __rpow__(self, base, mod=None):
        return ("rpow", base, self.v, mod)

class Plain:
    pass

def t(label, fn):
    try:
        print(label, fn())
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)

t("pow(2, Mod, 5)", lambda: pow(2, Mod(3), 5))
t("pow(2, 3, Mod)", lambda: pow(2, 3, Mod(5)))
t("pow(Plain, 2, 5)", lambda: pow(Plain(), 2, 5))
t("pow(2, Plain, 5)", lambda: pow(2, Plain(), 5))
t("pow(2, 3, Plain)", lambda: pow(2, 3, Plain()))
t("pow(Plain, Plain)", lambda: pow(Plain(), Plain()))
t("pow('a', 2, 3)", lambda: pow("a", 2, 3))
t("pow(1j, 2, 3)", lambda: pow(1j, 2, 3))
