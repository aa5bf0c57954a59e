# Binary operators where BOTH operands are instances of built-in subclasses
# fall back to the base type's implementation (result is the base type).
class I(int): pass
class J(I): pass
class F(float): pass
class C(complex): pass
class S(str): pass
class B(bytes): pass
class L(list): pass
class T(tuple): pass

pairs = [
    ("I", I(3), I(4)), ("I/J", I(1), J(2)), ("J/I", J(5), I(2)),
    ("F", F(1.5), F(2.0)), ("C", C(1, 2), C(3, -1)),
]
for label, a, b in pairs:
    for op in ["+", "-", "*", "/", "//", "%", "**", "<", "==", "max"]:
        try:
            r = max(a, b) if op == "max" else eval(f"a {op} b")
            print(label, op, repr(r), type(r).__name__)
        except TypeError as e:
            print(label, op, type(e).__name__, e)
print(I(6) & I(3), I(6) | J(1), I(6) ^ I(3), I(1) << I(3), I(16) >> J(2), divmod(I(7), I(2)), pow(I(2), I(5), I(7)))
seqs = [("S", S("ab"), S("cd")), ("B", B(b"ab"), B(b"cd")), ("L", L([1]), L([2])), ("T", T((1,)), T((2,)))]
for label, a, b in seqs:
    r = a + b
    print(label, repr(r), type(r).__name__, a < b, a == b)
try:
    S("%s") % S("x")
except TypeError as e:
    print(type(e).__name__, e)
print(S("%s!") % S("x"), B(b"%s!") % B(b"x"))
print(sum([F(0.5), F(0.25)]), sum([I(1), I(2), J(3)]))
x = I(10)
x += I(5)
print(x, type(x).__name__)
