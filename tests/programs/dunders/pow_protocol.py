# ** and pow(): __pow__, __rpow__, __ipow__, and pow() with a modulus.

log = []

class P:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "P(%r)" % (self.v,)
    def __pow__(self, exp, mod=None):
        log.append(("pow", exp, mod))
        if mod is None:
            return P(self.v ** exp)
        return P(pow(self.v, exp, mod))
    def __rpow__(self, base, mod=None):
        log.append(("rpow", base, mod))
        return P(base ** self.v)
    def __ipow__(self, exp):
        log.append(("ipow", exp))
        self.v = self.v ** exp
        return self

def show(label, fn):
    log.clear()
    try:
        print(label, fn(), log)
    except TypeError as e:
        print(label, "TypeError:", e, log)

show("P(3)**2", lambda: P(3) ** 2)
show("pow(P(3), 2)", lambda: pow(P(3), 2))
show("pow(P(3), 4, 5)", lambda: pow(P(3), 4, 5))
show("2**P(5)", lambda: 2 ** P(5))
show("pow(2, P(5))", lambda: pow(2, P(5)))
def ipow():
    p = P(2)
    q = p
    p **= 3
    return p, p is q
show("**=", ipow)
show("P.__pow__ direct", lambda: P.__pow__(P(2), 5, 7))
show("keywords", lambda: pow(base=2, exp=10, mod=1000))
show("keyword exp", lambda: pow(P(3), exp=3))

class OnlyTwo:
    def __pow__(self, other):
        return "two-arg"
show("two-arg", lambda: OnlyTwo() ** 1)
show("pow3 on two-arg method", lambda: pow(OnlyTwo(), 1, 2))

# integers with modulus
print(pow(3, 4, 5), pow(2, 100, 97), pow(-2, 3, 5), pow(2, 3, -5))
print(pow(3, -1, 7), pow(38, -1, 97), pow(2, 0, 1), pow(0, 0))
for args in [(2, 3, 0), (2, -1, 4), (2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
print(2 ** -1, (-8) ** (1 / 3) == (-8) ** (1 / 3), 0 ** 0, 0.0 ** 0)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(pow(True, 2), pow(2, True), (-1) ** 0.5)
