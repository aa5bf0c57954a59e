# Sequence unpacking and starred assignment.
a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = [1, 2], 3
print(x, y, z)
first, *rest = [1, 2, 3, 4]
*init, last = "abcd"
head, *mid, tail = range(5)
print(first, rest, init, last, head, mid, tail)
p, *q = [1]
print(p, q)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
print(*[1, 2], *"ab", sep="-")
merged = [*range(3), *[9], *"xy"]
print(merged, (*merged[:2],), {*()} == set())
for bad in [[1, 2, 3], [1]]:
    try:
        m, n = bad
    except ValueError as e:
        print("ValueError:", e)
try:
    m, n, *o = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    m, n = 5
except TypeError as e:
    print("TypeError:", e)
