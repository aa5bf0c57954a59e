# The subject is evaluated exactly once, before any case; tuple and starred
# subjects; subjects that are calls, attributes, walrus expressions.

calls = []


def subject(v):
    calls.append(v)
    return v


match subject([1, 2]):
    case [0, _]:
        print("no")
    case [1, 0]:
        print("no")
    case [1, x]:
        print("third case, subject evaluated", len(calls), "time(s), x =", x)


# Walrus in the subject.
data = {"user": {"name": "n", "roles": ["dev", "admin"]}}
match (user := data.get("user")):
    case {"roles": [*_, "admin"]}:
        print("admin user", user["name"])

# Tuple subjects are built fresh.
x, y = 0, 5
match x, y:
    case (0, 0):
        print("origin")
    case (0, _) as pair:
        print("on the y axis", pair, type(pair).__name__)

match *"ab", "c":
    case ("a", "b", last):
        print("starred subject, last", last)

match (1,):
    case (one,):
        print("1-tuple", one)

match 1,:
    case [one]:
        print("trailing comma subject", one)


# Subject evaluation errors propagate before any case is tried.
def boom():
    raise RuntimeError("subject failed")


try:
    match boom():
        case _:
            print("no")
except RuntimeError as e:
    print("RuntimeError:", e)


# Subject mutated inside a guard: later cases see the mutated object.
items = [1, 2, 3]
match items:
    case [*_] if items.append(4) or False:
        print("no")
    case [1, 2, 3, 4]:
        print("later case sees the mutation", items)


# An attribute subject is read once.
class Box:
    reads = 0

    @property
    def content(self):
        Box.reads += 1
        return ("item", Box.reads)


b = Box()
match b.content:
    case ("item", 2):
        print("no")
    case ("item", n):
        print("content read", Box.reads, "time(s), n =", n)

# No case matches: nothing happens, no error.
match 99:
    case 1 | 2:
        print("no")
print("after non-matching match")

# Match in a loop with continue/break.
for v in range(6):
    match v:
        case 0:
            continue
        case 4:
            break
        case n if n % 2:
            print("odd", n)
        case n:
            print("even", n)
print("loop ended at", v)


# return from inside a case.
def first_neg(seq):
    for s in seq:
        match s:
            case int(n) if n < 0:
                return n
    return None


print(first_neg([3, 0, -2, -5]), first_neg([1]))
