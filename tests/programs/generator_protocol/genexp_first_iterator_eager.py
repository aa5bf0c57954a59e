# Generator expressions evaluate the outermost iterable immediately, everything else lazily.
def source(name, items):
    print(f"  evaluating source {name}")
    return items

print("creating g1")
g1 = (x for x in source("outer", [1, 2, 3]))
print("created g1")
print(list(g1))

print("creating g2")
g2 = (x * y for x in source("outer", [1, 2]) for y in source("inner", [10, 20]))
print("created g2")
print(next(g2))
print(list(g2))

# errors in the outermost iterable are raised at creation time
try:
    g3 = (x for x in 5)
except TypeError as e:
    print("creation:", type(e).__name__, e)

def broken():
    raise RuntimeError("source failed")

try:
    g4 = (x for x in broken())
except RuntimeError as e:
    print("creation:", type(e).__name__, e)

# errors in inner iterables and conditions only on iteration
g5 = (x for x in [1] for y in 5)
print("g5 created fine")
try:
    next(g5)
except TypeError as e:
    print("iteration:", type(e).__name__, e)

g6 = (x for x in [1, 0, 2] if 1 / x)
print("g6 created fine")
try:
    print(list(g6))
except ZeroDivisionError as e:
    print("iteration:", type(e).__name__, e)

# iter() is called on the outermost iterable eagerly
class Tracked:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        print("  Tracked.__iter__ called")
        return iter(self.data)

print("creating g7")
g7 = (v for v in Tracked("ab"))
print("created g7")
print(list(g7))

# rebinding the name after creation does not affect the outer iterable
data = [1, 2, 3]
g8 = (d for d in data)
data = [100]
print(list(g8))

# but mutating the same object does
data = [1, 2, 3]
g9 = (d for d in data)
data.append(4)
print(list(g9))

# inner iterable name looked up lazily
inner = [1]
g10 = (a + b for a in [10, 20] for b in inner)
inner = [5, 6]
print(list(g10))

# the condition referencing a global is looked up late
limit = 1
g11 = (n for n in range(5) if n > limit)
limit = 3
print(list(g11))
