# min and max take an iterable item by item: each key is asked before the
# next item is made, as in CPython; errors and defaults.
def g(items):
    for x in items:
        print("yield", x)
        yield x
def k(x):
    print("key", x)
    return -x
print(max(g([3, 1, 4, 1, 5]), key=k))
print(min(g([3, 1, 4])))
print(max(3, 9, 2), min(3, 9, 2, key=lambda v: -v), max([], default="d"), min(g([]), default=0))
try:
    max(g([]))
except ValueError as e:
    print(e)
try:
    max(1, 2, default=3)
except TypeError as e:
    print(e)
try:
    min()
except TypeError as e:
    print(e)
try:
    max(5)
except TypeError as e:
    print(e)
print(max("abc"), min((1, "a"), (1, "b")), max([1, 2.5, 2]), max([[1], [2]]))
try:
    max([1, "a"])
except TypeError as e:
    print(e)
print(max(range(10**6)), min(x * x for x in range(-5, 5)))
