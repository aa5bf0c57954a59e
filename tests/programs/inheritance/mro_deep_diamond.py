# C3 linearization on deep and wide diamonds: __mro__, mro(), and method lookup.
def names(cls):
    return [k.__name__ for k in cls.__mro__]

class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print(names(K1))
print(names(K2))
print(names(K3))
print(names(Z))
print(Z.mro() == list(Z.__mro__), type(Z.__mro__).__name__, type(Z.mro()).__name__)
print(type.mro(Z) == Z.mro(), [k.__name__ for k in type.mro(int)])

# Classic two-level diamond with a shared root
class Root:
    def who(self):
        return "Root"
class Left(Root):
    def who(self):
        return "Left>" + super().who()
class Right(Root):
    def who(self):
        return "Right>" + super().who()
class Mid(Left, Right):
    pass
class Top(Mid, Right):
    def who(self):
        return "Top>" + super().who()
print(names(Top), Top().who())

# Deep chains of diamonds
class L0: tag = "L0"
class L1a(L0): pass
class L1b(L0): tag = "L1b"
class L2a(L1a, L1b): pass
class L2b(L1b): pass
class L3(L2a, L2b): pass
print(names(L3), L3.tag)
for cls in (L0, L1a, L1b, L2a, L2b, L3):
    print(cls.__name__, len(cls.__mro__), cls.__mro__[-1].__name__, cls.tag)

# object is always last; the class itself is always first
for cls in (object, int, bool, Z, Top):
    m = cls.__mro__
    print(cls.__name__, m[0] is cls, m[-1] is object, len(m))

# mro() is a fresh list each time
m1 = Z.mro(); m2 = Z.mro()
m1.append(None)
print(m1 is m2, len(m1), len(m2), len(Z.__mro__))

# Wide: many independent mixins
mixins = []
for i in range(6):
    mixins.append(type("M%d" % i, (), {"n": i}))
Wide = type("Wide", tuple(mixins), {})
print(names(Wide), Wide.n)
Wide2 = type("Wide2", tuple(reversed(mixins)), {})
print(names(Wide2), Wide2.n)
