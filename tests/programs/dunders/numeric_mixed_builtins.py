# Mixed-type arithmetic and comparisons among bool, int, float and
# complex: result types, exactness of int/float comparisons, and errors.

values = [True, 3, 2.5, 1 + 1j]
for a in values:
    row = []
    for b in values:
        r = a + b
        row.append("%s:%r" % (type(r).__name__, r))
    print(type(a).__name__, row)

print(True + True, True * 3, -True, True / 2, True // 2, True ** 10, divmod(True, 3))
print(7 / 2, 7 // 2, -7 // 2, 7 % -2, 7.0 // 2, -7.0 % 2, 2 ** -2, 2 ** 0.5)
print((1 + 2j) * (3 - 1j), (1 + 2j) / 2, abs(3 + 4j), (1j) ** 2, complex(2, 0) == 2)

# exact comparison of huge ints with floats
big = 2 ** 53 + 1
print(big == float(big), big > float(big), float(big) < big, 10 ** 400 > 1e308, -(10 ** 400) < -1e308)
print(1 == 1.0, 1 == 1 + 0j, 0.1 + 0.2 == 0.3, 0.5 == 1 / 2, True == 1.0, (1 + 0j) == True)
print(float("inf") > 10 ** 1000, float("-inf") < -(10 ** 1000), float("nan") < 1, float("nan") > 1)
print(sorted([3, 1.5, True, -2, 0.0, False]), max(1, 1.0), max(1.0, 1), min(0, False), min(False, 0))

def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, e)

t("1j < 2j", lambda: 1j < 2j)
t("1 < 1j", lambda: 1 < 1j)
t("1/0", lambda: 1 / 0)
t("1//0", lambda: 1 // 0)
t("1%0", lambda: 1 % 0)
t("1.0/0", lambda: 1.0 / 0)
t("1.0//0.0", lambda: 1.0 // 0.0)
t("1j/0", lambda: 1j / 0)
t("0**-1", lambda: 0 ** -1)
t("2.0**10000", lambda: 2.0 ** 10000)
t("10**400 + 0.5", lambda: 10 ** 400 + 0.5)
t("10**400 / 1", lambda: 10 ** 400 / 1)
t("10**400 // 10**399", lambda: 10 ** 400 // 10 ** 399)
t("(-8)**(1/3)", lambda: type((-8) ** (1 / 3)).__name__)
t("(-1)**0.5 real", lambda: round(((-1) ** 0.5).imag, 6))
t("int('x')", lambda: int("x"))
t("float-int huge", lambda: 1e308 * 10 - 10 ** 300)

# hashing makes equal numbers interchangeable as keys
d = {}
for key in [1, 1.0, True, 1 + 0j, 2, 2.0]:
    d[key] = type(key).__name__
print(d)
print({0, 0.0, False, -0.0, 0j}, len({1, 1.0, True}), {1.5: "a"}[3 / 2])
