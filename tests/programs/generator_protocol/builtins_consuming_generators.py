# Generators consumed by builtins: sorted, zip, map, filter, enumerate, sum, any, all, min, max.
def tracked(name, items):
    for x in items:
        print(f"  {name} -> {x}")
        yield x

print(sorted(tracked("s", [3, 1, 2])))
print(sorted(tracked("s", "bca"), reverse=True))
print(sorted((w for w in ["pear", "fig", "apple"]), key=len))

# zip stops at the shortest; the longer one is pulled once more
a = tracked("a", [1, 2, 3])
b = tracked("b", "xy")
print(list(zip(a, b)))
print("left in a:", list(a))

# zip with the shorter one first does not over-consume
a = tracked("a", [1, 2, 3])
b = tracked("b", "xy")
print(list(zip(b, a)))
print("left in a:", list(a))

print(list(map(lambda x, y: x * y, tracked("m1", [1, 2, 3]), tracked("m2", [10, 20]))))
print(list(filter(None, (v for v in [0, 1, "", "a", None, [], [0]]))))
print(list(filter(lambda v: v % 2, range(7))))
print(list(enumerate(tracked("e", "ab"), start=5)))

print(sum(x * x for x in range(5)), sum((x for x in [0.5, 0.25]), 10))
print(min(x for x in [4, 2, 8]), max((len(s) for s in ["aa", "b"]), default=0))
print(min((x for x in []), default="none"), max(iter([]), default=-1))
try:
    min(x for x in [])
except ValueError as e:
    print(type(e).__name__, e)

# any/all short-circuit and leave the generator partially consumed
g = tracked("any", [0, 0, 5, 0, 7])
print(any(g))
print("remaining:", list(g))
g = tracked("all", [1, 2, 0, 3])
print(all(g))
print("remaining:", list(g))
print(any(x for x in []), all(x for x in []))

# membership consumes up to the match
g = tracked("in", range(6))
print(3 in g, list(g))

# join, dict, set, tuple from generators
print("-".join(str(n) for n in range(4)))
print(dict((k, k * k) for k in range(3)))
print(sorted(set(c.lower() for c in "AbBa")))
print(tuple(x for x in "hi"))

# list.extend and unpacking
lst = [0]
lst.extend(i for i in range(3))
print(lst)
first, *rest = (i * 2 for i in range(4))
print(first, rest)
try:
    p, q = (i for i in range(3))
except ValueError as e:
    print(type(e).__name__, e)
try:
    p, q, r = (i for i in range(2))
except ValueError as e:
    print(type(e).__name__, e)
print(*(c for c in "abc"), sep="|")

# operations a generator does not support
gen = (i for i in range(3))
for label, action in [("len", lambda: len(gen)), ("index", lambda: gen[0]), ("reversed", lambda: reversed(gen))]:
    try:
        action()
    except TypeError as e:
        print(label, type(e).__name__, e)
print(bool(gen), bool((i for i in [])))
