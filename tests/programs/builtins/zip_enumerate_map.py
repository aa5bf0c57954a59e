# zip/enumerate/map/filter: strictness, laziness, multiple iterables.
print(list(zip()), list(zip([1, 2, 3], "ab")), list(zip(range(2), range(3), range(4))), dict(zip("ab", [1, 2])))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [2, 3], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], [2], [3, 4], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(enumerate("ab", 10)), list(enumerate([], 5)), list(enumerate("x", -1)), list(enumerate("ab", start=2 ** 70)))
print(list(map(pow, [2, 3], [3, 2])), list(map(lambda *a: a, "ab", "xyz")), list(filter(None, [0, 1, "", "a", None])))
print(list(filter(lambda v: v % 2, range(7))), list(map(str.upper, filter(str.isalpha, "a1b2"))))
it = map(lambda v: 10 // v, [1, 0, 2])
print(next(it))
try:
    next(it)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(list(it))
z = zip(iter([1, 2, 3]), iter("ab"))
print(list(z), list(z))
pairs = [(1, "a"), (2, "b")]
nums, letters = zip(*pairs)
print(nums, letters, list(zip(*[])))
e = enumerate(iter("xyz"))
print(next(e), list(e))
print(list(reversed(range(5))), list(reversed("abc")), list(reversed((1, 2))), list(reversed([])))
