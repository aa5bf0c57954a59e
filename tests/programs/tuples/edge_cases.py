# Tuples: immutability with mutable items, comparison, hashing, unpacking errors.
t = ([1], 2)
t[0].append(3)
print(t)
try:
    t[0] += [4]
except TypeError as e:
    print("TypeError:", e, t)
try:
    hash(t)
except TypeError as e:
    print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)), (1, 2) < (1, 2, 0), (2,) > (1, 99), () < (0,), (1, "a") == (1.0, "a"))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError:", e)
a, *b, c = range(5)
print(a, b, c)
(x, y), z = "ab", 3
print(x, y, z)
for bad in ["a, b = 1, 2, 3", "a, b, c = 1, 2", "a, *b, c = [1]", "a, b = 5", "*a, = None"]:
    try:
        exec(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print((1, 2, 3).index(2), (1, 2, 1).count(1), (1,) * 3, (1, 2) + (3,), tuple("ab"), tuple(range(3))[::-1])
try:
    (1, 2).index(5)
except ValueError as e:
    print("ValueError:", e)
try:
    (1, 2) + [3]
except TypeError as e:
    print("TypeError:", e)
print(repr(()), repr((1,)), repr(((),)), str((1, "a", None)), len(((1, 2), (3,))))
