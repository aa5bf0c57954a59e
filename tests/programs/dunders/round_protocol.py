# round() with and without ndigits through __round__, and the builtin
# rounding rules (banker's rounding, negative ndigits, int results).

class R:
    def __init__(self, v):
        self.v = v
    def __round__(self, ndigits=None):
        return ("round", self.v, ndigits)

class OnlyOne:
    def __round__(self):
        return "no ndigits"

class NoRound:
    pass

def t(label, fn):
    try:
        r = fn()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)

t("round(R)", lambda: round(R(1.5)))
t("round(R, 2)", lambda: round(R(1.5), 2))
t("round(R, None)", lambda: round(R(1.5), None))
t("round(R, ndigits=3)", lambda: round(R(1.5), ndigits=3))
t("round(OnlyOne)", lambda: round(OnlyOne()))
t("round(OnlyOne, 1)", lambda: round(OnlyOne(), 1))
t("round(NoRound)", lambda: round(NoRound()))
t("round(NoRound, 1)", lambda: round(NoRound(), 1))
t("round('1.5')", lambda: round("1.5"))
t("round(1.5, 1.0)", lambda: round(1.5, 1.0))
t("round(1.5, '1')", lambda: round(1.5, "1"))

for x in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1e20, -0.0]:
    print(x, round(x), round(x, 1), round(x, 2), round(x, -1))
for n in [15, 25, 149, 150, 250, -250, 12345]:
    print(n, round(n), round(n, -1), round(n, -2), round(n, 2), type(round(n, -1)).__name__)
print(round(123.456, -1), round(123.456, -2), round(123.456, -3), round(5e-324, 400))
print(round(True), round(True, 3), type(round(True)).__name__)
t("round(inf)", lambda: round(float("inf")))
t("round(nan)", lambda: round(float("nan")))
t("round(inf, 2)", lambda: round(float("inf"), 2))
t("round(1j)", lambda: round(1j))

# int subclasses round like ints
class Cents(int):
    pass
print(round(Cents(1234), -2), type(round(Cents(1234), -2)).__name__, type(round(Cents(5))).__name__)
