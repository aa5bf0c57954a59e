# float subclasses: results of arithmetic are plain floats, __new__ controls the value.
class Meters(float):
    def __new__(cls, value, unit="m"):
        factor = {"m": 1.0, "cm": 0.01, "km": 1000.0}[unit]
        return super().__new__(cls, float(value) * factor)
    def __repr__(self):
        return f"Meters({float(self)!r})"
    def to_km(self):
        return Meters(self / 1000, "m")

d = Meters(250, "cm")
print(d, repr(d), str(d), type(d).__name__, float(d), type(float(d)).__name__)
print(Meters(3, "km"), Meters("1.5"), Meters(2).to_km())
for value in [d + 1, 1 + d, d * 2, d / 2, d // 1, d % 1, -d, abs(d), d ** 2, round(d), round(d, 1)]:
    print(repr(value), type(value).__name__)
print(d.is_integer(), d.as_integer_ratio(), d.hex(), d.real, type(d.real).__name__, d.conjugate())
print(Meters.fromhex("0x1p3"), type(Meters.fromhex("0x1p3")).__name__)
print(d == 2.5, d < 3, hash(d) == hash(2.5), int(d), type(int(d)).__name__)
print(f"{d:.3f}", format(d, "e"), "%.2f" % d, "%s" % d, "%r" % (d,))
try:
    Meters(1, "mile")
except KeyError as e:
    print(type(e).__name__, e)
try:
    Meters("abc")
except ValueError as e:
    print(type(e).__name__, e)

class Prob(float):
    def __new__(cls, p):
        if not 0.0 <= p <= 1.0:
            raise ValueError(f"probability out of range: {p}")
        return float.__new__(cls, p)
    def __invert__(self):
        return Prob(1.0 - self)
    def __and__(self, other):
        return Prob(float(self) * other)
p = Prob(0.25)
print(p, ~p, p & 0.5, type(p & 0.5).__name__, type(~p).__name__)
try:
    Prob(1.5)
except ValueError as e:
    print(type(e).__name__, e)

class Plain(float):
    pass
x = Plain(1.25)
print(repr(x), str(x), x, [x], Plain(), Plain("inf"), Plain("-nan"), Plain(" 2.5 "))
print(type(x + 0).__name__, type(x.__round__(1)).__name__, type(x.__trunc__()).__name__)
print(Plain(3) == 3, Plain(0.1) + 0.2, isinstance(x, float), issubclass(Plain, float))
try:
    Plain(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Plain(x=1)
except TypeError as e:
    print(type(e).__name__, e)
