# Generator expressions are lazy; the first iterable is evaluated eagerly.
def noisy(n):
    print("making", n)
    return range(n)
g = (i * 10 for i in noisy(3))
print("created")
print(next(g))
print(list(g))
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError:", e)
calls = []
def track(v):
    calls.append(v)
    return v
gen = (track(v) for v in range(5))
print(any(v > 1 for v in gen), calls, list(gen))
print(type(x for x in []).__name__, tuple(c.upper() for c in "ab"))
print(sorted((len(w), w) for w in ["bb", "a", "ccc"]))
