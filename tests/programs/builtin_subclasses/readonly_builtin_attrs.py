# Read-only attributes of numbers (real, imag, numerator, denominator) stay
# read-only on subclass instances even though those have a __dict__.
class F(float): pass
class I(int): pass
class C(complex): pass
cases = [(F(1.5), "real"), (F(1.5), "imag"), (I(4), "numerator"), (I(4), "denominator"), (I(4), "imag"),
         (C(1, 2), "real"), (C(1, 2), "imag"), (1.5, "real"), (4, "numerator"), (1j, "imag")]
for obj, attr in cases:
    try:
        setattr(obj, attr, 99)
        print(type(obj).__name__, attr, "set!", vars(obj))
    except AttributeError as e:
        print(type(obj).__name__, attr, type(e).__name__, e)
    try:
        delattr(obj, attr)
        print(type(obj).__name__, attr, "deleted!")
    except AttributeError as e:
        print(type(obj).__name__, attr, "del", type(e).__name__, e)
f = F(2.0)
f.extra = 1
print(f.real, f.extra, vars(f))
class E(Exception): pass
e = E("m")
try:
    e.args = 5
except TypeError as err:
    print(type(err).__name__, err)
