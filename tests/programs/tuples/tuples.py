# Tuples: creation, indexing, immutability, methods, hashing, comparison.
t = (1, "two", 3.0, None)
print(t, t[1], t[-1], t[1:3], len(t), t.count(1), t.index("two"))
print((), (1,), tuple("abc"), tuple([1, 2]), tuple(range(3)), 1, 2 == (1, 2)[1])
single = 5,
print(single, type(single).__name__, (1, 2) + (3,), (0,) * 3)
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1, (2, 3)) < (1, (2, 4)), hash((1, 2)) == hash((1, 2)))
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
try:
    t.index(42)
except ValueError as e:
    print("ValueError:", e)
nested = ([1, 2], 3)
nested[0].append(9)
print(nested, {(1, 2): "pair"}[(1, 2)])
a, b, c = (x * 2 for x in range(3))
print(a, b, c, max((3, 1), (2, 9)), sorted([(2, 1), (1, 2)]))
