# In-place operators: __iadd__ first, then __add__, then the other
# operand's __radd__; the result of the in-place method is rebound.

log = []

class Acc:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Acc(%r)" % (self.v,)
    def __iadd__(self, other):
        log.append("iadd")
        self.v += other
        return self
    def __isub__(self, other):
        log.append("isub -> NotImplemented")
        return NotImplemented
    def __sub__(self, other):
        log.append("sub")
        return Acc(self.v - other)
    def __imul__(self, other):
        log.append("imul returns a string")
        return "replaced"
    def __ior__(self, other):
        log.append("ior -> None")

class OnlyBinary:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "OnlyBinary(%r)" % (self.v,)
    def __add__(self, other):
        log.append("OnlyBinary.add")
        return OnlyBinary(self.v + other)
    def __pow__(self, other):
        log.append("OnlyBinary.pow")
        return OnlyBinary(self.v ** other)

class Right:
    def __rtruediv__(self, other):
        log.append("Right.rtruediv")
        return "rtruediv of %r" % (other,)
    def __rand__(self, other):
        log.append("Right.rand")
        return NotImplemented

def step(label, fn):
    log.clear()
    try:
        print(label, fn(), log)
    except TypeError as e:
        print(label, "TypeError:", e, log)

def iadd():
    a = Acc(1)
    b = a
    a += 5
    return a, a is b
step("+=", iadd)

def isub():
    a = Acc(10)
    b = a
    a -= 3
    return a, a is b, b
step("-=", isub)

def imul():
    a = Acc(2)
    a *= 3
    return a
step("*=", imul)

def ior():
    a = Acc(2)
    a |= 1
    return a
step("|= returning None", ior)

def binary_only():
    x = OnlyBinary(2)
    y = x
    x += 3
    x **= 2
    return x, y, x is y
step("fallback to binary", binary_only)

def reflected():
    x = 8
    x /= Right()
    return x
step("/= reflected", reflected)

def reflected_fails():
    x = 8
    x &= Right()
    return x
step("&= reflected NotImplemented", reflected_fails)

# lists and tuples: mutating vs rebinding
lst = [1]
alias = lst
lst += (2, 3)
print(lst, alias, lst is alias)
tup = (1,)
talias = tup
tup += (2,)
print(tup, talias, tup is talias)
s = {1, 2}
salias = s
s |= {3}
s &= {1, 3, 4}
s -= {1}
s ^= {7}
print(sorted(s), sorted(salias), s is salias)

# augmented assignment on attributes and subscripts
class Box:
    pass
box = Box()
box.item = Acc(0)
box.item += 4
print(box.item)
d = {"k": Acc(1)}
d["k"] += 9
print(d)
