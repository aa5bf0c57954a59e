# List operators: concatenation, repetition aliasing, comparison, in-place vs new.
a = [1, 2]
b = a + [3]
c = a * 2
grid = [[0] * 2] * 2
grid[0][0] = 9
print(b, c, grid, [[0] * 2 for _ in range(2)])
d = a
d += [4]
e = a
e = e + [5]
print(a, d is a, e is a, e)
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 3], [1] < [1, 0], [] == [], [0] * 0)
for bad in [lambda: [1] + (2,), lambda: [1] * 1.0, lambda: [1] - [1], lambda: [1] < (1,)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
f = [1, 2]
f *= 2
f += "ab"
f += range(2)
print(f)
print(list("abc") + list(range(2)), [None] * 3, [1, [2]] * 2)
