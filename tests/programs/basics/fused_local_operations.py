# Two locals, or a local and a constant, then an operation on them: the
# pair is fused with the operation, a store after it, or a jump on a
# comparison.


class Weird:
    def __lt__(self, other):
        return "less?"

    def __sub__(self, other):
        return ("sub", other)

    def __rsub__(self, other):
        return ("rsub", other)


def arithmetic(n):
    a = n - 1
    b = n * 3
    c = n // 2
    d = n % 7
    e = n ** 2
    f = n << 70
    print(a, b, c, d, e, f, n + 0.5, n - 1 + 2)
    return n + 1


def compare(x):
    out = []
    if x < 2:
        out.append("small")
    else:
        out.append("big")
    if not x == 5:
        out.append("not five")
    flag = x >= 10
    out.append(flag)
    out.append(x < 2)
    steps = 0
    while x > 0 and steps < 4:
        x = x - 3
        steps = steps + 1
    out.append(x)
    return out


def two_locals(a, b):
    out = []
    if a < b:
        out.append("less")
    if a == b:
        out.append("equal")
    if not a >= b:
        out.append("not greater or equal")
    out.append(a != b)
    total = a * b
    out.append(total)
    out.append(a - b)
    return out


def mixed(s, t):
    print(s + "!", s * 2, t - 1, t < 2)
    print(s < "m", s == "abc")


def unbound(flag):
    if flag:
        y = 1
    return y + 1


def divide(n):
    return n // 0


for value in [0, 1, 2, 5, 10, 2**62, -(2**63), 2**64]:
    print(arithmetic(value))
    print(compare(value))
for pair in [(1, 2), (2, 2), (3, 2.5), (2.0, 2), (float("nan"), 1.0), (2**70, 2)]:
    print(two_locals(*pair))
for pair in [("a", "b"), (Weird(), 1)]:
    try:
        two_locals(*pair)
    except TypeError as error:
        print("TypeError:", error)
mixed("abc", 1.5)
mixed("xyz", True)
w = Weird()
print(compare.__code__.co_argcount)
print(w - 1, 1 - w)
print(unbound(True))
try:
    unbound(False)
except UnboundLocalError as error:
    print("UnboundLocalError:", error)
try:
    divide(3)
except ZeroDivisionError as error:
    print("ZeroDivisionError:", error)


def weird_compare(x):
    if x < 2:
        return "truthy"
    return "falsy"


print(weird_compare(w))
print(divide(5))
