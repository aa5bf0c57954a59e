# math.floor/ceil/trunc through __floor__, __ceil__, __trunc__, with the
# float fallback for floor/ceil and the errors when nothing applies.
import math

class F:
    def __floor__(self):
        return "floor!"
    def __ceil__(self):
        return "ceil!"
    def __trunc__(self):
        return "trunc!"

class OnlyFloat:
    def __float__(self):
        return 2.5

class OnlyIndex:
    def __index__(self):
        return 7

class Nothing:
    pass

def t(label, fn):
    try:
        r = fn()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)

for name, fn in [("floor", math.floor), ("ceil", math.ceil), ("trunc", math.trunc)]:
    t(name + " F", lambda: fn(F()))
    t(name + " OnlyFloat", lambda: fn(OnlyFloat()))
    t(name + " OnlyIndex", lambda: fn(OnlyIndex()))
    t(name + " Nothing", lambda: fn(Nothing()))
    t(name + " str", lambda: fn("1.5"))
    t(name + " inf", lambda: fn(float("inf")))
    t(name + " nan", lambda: fn(float("nan")))
    t(name + " 1j", lambda: fn(1j))

for x in [2.5, -2.5, 3.0, -0.0, 1e20, -1e-9, 7, -7, True]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), int(x) if not isinstance(x, bool) else x)

# math.trunc uses __trunc__ whatever it returns
class TruncOnly:
    def __trunc__(self):
        return 42
print(math.trunc(TruncOnly()))

# a fixed-point decimal type supporting the protocol
class Fixed:
    SCALE = 100
    def __init__(self, units):
        self.units = units
    def __repr__(self):
        return "Fixed(%d.%02d)" % divmod(self.units, self.SCALE) if self.units >= 0 else "Fixed(-%d.%02d)" % divmod(-self.units, self.SCALE)
    def __floor__(self):
        return self.units // self.SCALE
    def __ceil__(self):
        return -(-self.units // self.SCALE)
    def __trunc__(self):
        q = abs(self.units) // self.SCALE
        return q if self.units >= 0 else -q
    def __float__(self):
        return self.units / self.SCALE
for u in [250, -250, 300, -1, 0]:
    f = Fixed(u)
    print(f, math.floor(f), math.ceil(f), math.trunc(f), float(f))
