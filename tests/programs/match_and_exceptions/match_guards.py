# Guards: evaluated only after the pattern matched, with its bindings,
# left in place when the guard fails, side effects in order, exceptions
# propagating out of the match statement.

log = []


def check(label, result):
    log.append(label)
    return result


def run(subject):
    log.clear()
    match subject:
        case [x, y] if check(f"g1 x={x}", x > y):
            res = "descending pair"
        case [x, y] if check(f"g2 x={x}", x == y):
            res = "equal pair"
        case [x, *_] if check("g3", False):
            res = "never"
        case {"n": n} if check(f"g4 n={n}", n % 2 == 0):
            res = "even n"
        case _ if check("g5", True):
            res = "fallback"
    return res, list(log)


for s in [[3, 1], [2, 2], [1, 2], [7], {"n": 4}, {"n": 3}, "str"]:
    print(s, "->", run(s))


# Bindings made by a case whose guard failed stay bound.
def leftovers():
    match (1, 2):
        case (a, b) if a > b:
            return "no"
        case _:
            return f"a={a} b={b} are still bound"


print(leftovers())


# Guard raising propagates; later cases are not tried.
def raising(v):
    match v:
        case int(n) if 10 // n:
            return "divided"
        case _:
            return "fallback"


for v in [2, 0]:
    try:
        print(v, raising(v))
    except ZeroDivisionError as e:
        print(v, "ZeroDivisionError:", e)


# Guard truthiness uses __bool__.
class Flag:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("  __bool__ ->", self.v)
        return self.v


for v in [True, False]:
    match v:
        case _ if Flag(v):
            print("guard truthy")
        case _:
            print("guard falsy")


# Guards may mutate state visible to later guards.
counter = [0]


def bump():
    counter[0] += 1
    return counter[0]


match "x":
    case _ if bump() > 2:
        print("no")
    case _ if bump() > 2:
        print("no")
    case _ if bump() > 2:
        print("third guard passes, counter =", counter[0])

# A guard can use walrus to bind extra names.
match [4, 5]:
    case [a, b] if (total := a + b) > 8:
        print("total", total)

# Guard with an or-pattern runs once per successful alternative attempt.
calls = []
match 2:
    case 1 | 2 | 3 if calls.append("guard") is None and len(calls) > 1:
        print("no")
    case _:
        print("guard ran", len(calls), "time(s)")
