# Ordering comparisons without support raise TypeError with the operator in
# quotes; == and != fall back to identity.

class A:
    pass

class B:
    def __lt__(self, other):
        return NotImplemented

def t(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, "TypeError:", e)

a, a2, b = A(), A(), B()
t("a == a", lambda: a == a)
t("a == a2", lambda: a == a2)
t("a != a2", lambda: a != a2)
t("a != a", lambda: a != a)
t("a == 1", lambda: a == 1)
t("a < a2", lambda: a < a2)
t("a <= a2", lambda: a <= a2)
t("a > a2", lambda: a > a2)
t("a >= a2", lambda: a >= a2)
t("a < b", lambda: a < b)
t("b < a", lambda: b < a)
t("b > 1", lambda: b > 1)
t("1 < a", lambda: 1 < a)
t("'x' < 1", lambda: "x" < 1)
t("[1] < (1,)", lambda: [1] < (1,))
t("None < None", lambda: None < None)
t("{} < {}", lambda: {} < {})
t("1j < 2j", lambda: 1j < 2j)
t("[a] < [a2]", lambda: [a] < [a2])
t("(1, a) < (1, a2)", lambda: (1, a) < (1, a2))
t("(1, a) < (2, a2)", lambda: (1, a) < (2, a2))
t("[a] == [a]", lambda: [a] == [a])
t("[a] == [a2]", lambda: [a] == [a2])
t("sorted", lambda: sorted([a, a2]))
t("max", lambda: max(b, a))
t("min", lambda: min([a, a2]))
t("type <", lambda: A < B)
t("func <", lambda: len < abs)

# NaN-like object that is never equal to itself: containers use identity first
class Never:
    def __eq__(self, other):
        return False
    __hash__ = object.__hash__
n = Never()
print(n == n, n in [n], [n] == [n], (n,) == (n,), [n].count(n), [n].index(n))
print({n: 1}[n], n in {n}, n in (Never(),))
nan = float("nan")
print(nan == nan, nan in [nan], [nan] == [nan], [nan].count(nan))

# __ne__ alone does not make == work
class OnlyNe:
    def __ne__(self, other):
        return "custom ne"
x = OnlyNe()
print(x != 1, x == x, x == OnlyNe())
