# Generator expressions: the first iterable is evaluated eagerly, the rest lazily.
log = []
def source(name, n):
    log.append(f"source {name}")
    return range(n)
g = (x * y for x in source("outer", 2) for y in source("inner", 2))
print(log)
print(list(g), log)
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError:", e)
lazy = (1 / x for x in [1, 0])
print(next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(list(lazy))
items = [1, 2, 3]
g2 = (i for i in items)
items.append(4)
print(list(g2))
items = [9]
g3 = (i for i in items)
items = [7]
print(list(g3))
print(sum(x for x in range(5)), max((len(w) for w in ["a", "bbb"]), default=0), any(x > 2 for x in [1, 3]))
ge = (x for x in [])
print(type(ge).__name__, list(ge), list(ge))
print(list(x for x in range(3) if x), "".join(c.upper() for c in "abc"))
