# Iteration over many kinds of iterables and iterator exhaustion.
for c in "ab":
    print(c, end=" ")
for k in {"x": 1, "y": 2}:
    print(k, end=" ")
for v in (1, 2):
    print(v, end=" ")
for i in range(10, 0, -3):
    print(i, end=" ")
print()
it = iter([1, 2, 3])
for v in it:
    if v == 2:
        break
print(list(it), list(it))
r = range(5)
print(list(r), list(r), r[2], r[-1], len(range(0, 10, 3)), range(1, 10, 2)[1:3], 3 in r)
print(list(range(0)), list(range(5, 0)), list(range(-3, 3, 2)), range(3) == range(0, 3))
for i, (a, b) in enumerate(zip("abc", range(3)), start=1):
    print(i, a, b, end="; ")
print()
