# Generator expressions vs list comprehensions: timing of side effects and errors, one-shot use.
def effect(tag, value):
    print(f"  effect {tag}:{value}")
    return value

print("list comprehension:")
lc = [effect("lc", x) for x in range(3)]
print("built list", lc)

print("generator expression:")
ge = (effect("ge", x) for x in range(3))
print("built genexp")
print("first", next(ge))
print("rest", list(ge))
print("again", list(ge))

# interleaving of two generator expressions consumed by zip
a = (effect("a", x) for x in range(2))
b = (effect("b", x * 10) for x in range(2))
print(list(zip(a, b)))

# errors: list comprehension fails immediately, genexp fails at the bad element
try:
    [10 // x for x in [1, 0, 2]]
except ZeroDivisionError as e:
    print("listcomp failed at build:", e)
ge = (10 // x for x in [1, 0, 2])
print("genexp built fine, first:", next(ge))
try:
    next(ge)
except ZeroDivisionError as e:
    print("genexp failed on second:", e)
print("genexp after error:", list(ge))

# nested: list of generators vs generator of lists
gens = [(i * j for j in range(3)) for i in range(3)]
print([list(g) for g in gens])
lists = ([i * j for j in range(3)] for i in range(3))
print(list(lists))

# lambdas created inside a genexp close over the genexp's variable
fs = list(lambda: x for x in range(3))
print([f() for f in fs])
fs = list((lambda x=x: x) for x in range(3))
print([f() for f in fs])

# consuming a genexp while the underlying list changes
data = [1, 2, 3]
ge = (d * 2 for d in data)
print(next(ge))
data[1] = 20
data.append(4)
print(list(ge))

# memory-like behaviour: a genexp can be infinite, a listcomp cannot
def naturals():
    n = 0
    while True:
        yield n
        n += 1
evens = (n for n in naturals() if n % 2 == 0)
print([next(evens) for _ in range(5)])

# passing a genexp as the only argument needs no extra parentheses
print(sum(x for x in range(5)), max(len(w) for w in ["a", "abc", "ab"]))
print(sorted((c for c in "hello"), reverse=True))

# dict and set comprehensions are eager like list comprehensions
print("dict comprehension:")
dc = {effect("dc", k): k for k in "ab"}
print(dc)
print("set from genexp:")
sc = set(effect("sc", k) for k in [1, 1, 2])
print(sorted(sc))

# type names
print(type(ge).__name__, type(lc).__name__, type([x for x in []]).__name__)
