# Three-argument pow() with user types: only the left operand's __pow__ is
# called with the modulus; __rpow__ is never used, and failures report all
# three types.

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

t("pow(Mod, 2, 5)", lambda: pow(Mod(3), 2, 5))
t("pow(Mod, 2, None)", lambda: pow(Mod(3), 2, None))
t("pow(Mod, 2)", lambda: pow(Mod(3), 2))
t("pow(2, Mod)", lambda: pow(2, Mod(3)))
t("pow(2, Mod, None)", lambda: pow(2, Mod(3), None))
t("pow(2.0, 2, 3)", lambda: pow(2.0, 2, 3))

# a modular exponentiation class that honours the modulus
class Residue:
    def __init__(self, v, m):
        self.v, self.m = v % m, m
    def __repr__(self):
        return "%d (mod %d)" % (self.v, self.m)
    def __pow__(self, e, mod=None):
        m = self.m if mod is None else mod
        return Residue(pow(self.v, e, m), m)
    def __mul__(self, other):
        return Residue(self.v * other.v, self.m)

r = Residue(3, 7)
print(r ** 6, pow(r, 3), pow(r, 3, 5), r * r)
print([pow(Residue(2, 11), k).v for k in range(11)])
