t = (1, "two", 3.0, [4])
print(t, len(t), t[1], t[-1], t[1:3], t[::-1], t.index(3.0), t.count(1))
t[3].append(5)
print(t)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError", e)
try:
    hash(t)
except TypeError as e:
    print("TypeError", e)
print(hash((1, 2)) == hash((1, 2)), (1,) + (2,), (1, 2) * 2, () == tuple(), (1,) != [1])
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9, 9), max([(1, "b"), (1, "a")]))
a, *b, c = range(6)
print(a, b, c)
(x, y), z = (1, 2), 3
print(x, y, z)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print("ValueError", e)
try:
    a, b, c = (1, 2)
except ValueError as e:
    print("ValueError", e)
try:
    a, *b, c = (1,)
except ValueError as e:
    print("ValueError", e)
try:
    (1, 2).index(7)
except ValueError as e:
    print("ValueError", e)
print(tuple("abc"), tuple(range(3)), tuple({1: 2}), (1, 2, 3)[5:], type(()), (1,), ((),))
def multi():
    return 1, 2, 3
print(multi(), type(multi()), sum(multi()), sorted((3, 1, 2)), tuple(sorted((3, 1, 2))))
nested = ((1, 2), (3, 4))
print([a + b for a, b in nested], dict(nested), list(map(sum, nested)))
print((1, 2, 3).__contains__(2), (1, [2]) == (1, [2]))
n = float("nan")
print((n,) == (n,), [n] == [n], n in (n,))
