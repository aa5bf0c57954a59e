# list operators: +, *, in, comparisons, nested lists, aliasing.
a = [1, 2, 3]
print(a + [4], a * 2, [0] * 3, 2 * ["x"], 3 in a, 5 not in a, len(a))
print(a == [1, 2, 3], a != [1, 2], a < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0])
grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 5
shared = [[0] * 3] * 2
shared[0][1] = 5
print(grid, shared)
b = a
b.append(4)
print(a, a is b, list(a) is a, a[:] == a)
print([1, [2, [3, [4]]]], [[]] * 2, list("ab") + list((1,)))
x = [1, 2]
x.append(x)
print(x, len(x))
try:
    a + (1,)
except TypeError as e:
    print("TypeError:", e)
try:
    a[10] = 1
except IndexError as e:
    print("IndexError:", e)
del a[0]
print(a, a.__len__() if False else len(a))
print(list(), list(range(3)), list({"k": 1}), list((1, 2)))
