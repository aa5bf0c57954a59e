print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(*[(1, "a"), (2, "b")])))
print(list(zip([1, 2], [3, 4], strict=True)))
for args in [([1, 2], [3]), ([1], [2, 3]), ([1], [2], [3, 4])]:
    try:
        list(zip(*args, strict=True))
    except ValueError as e:
        print("ValueError", e)
try:
    zip(1)
except TypeError as e:
    print("TypeError", e)
z = zip("ab", "cd")
print(next(z), list(z), list(z))
print(list(map(str.upper, "abc")), list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(len, ["", "ab"])))
try:
    map(len)
except TypeError as e:
    print("TypeError", e)
try:
    list(map(5, [1]))
except TypeError as e:
    print("TypeError", e)
print(list(filter(lambda x: x % 2, range(8))), list(filter(None, [0, "", None, 5, "x"])), list(filter(str.isdigit, "a1b2")))
print(list(enumerate("abc")), list(enumerate("abc", 10)), list(enumerate([], start=5)), list(enumerate("x", start=-1)))
try:
    enumerate("a", "b")
except TypeError as e:
    print("TypeError", e)
e = enumerate(["x", "y"])
print(next(e), next(e), next(e, "done"), type(e).__name__)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), "".join(reversed("hello")))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError", e)
print(dict(zip("abc", map(ord, "abc"))), sum(map(int, "12345")), any(map(str.isupper, "abC")), all(map(bool, [1, 0])))
pairs = list(zip(range(3), range(3, 6)))
print(pairs, [a * b for a, b in pairs], list(map(sum, pairs)), list(zip(*pairs)))
print(list(zip(range(3), iter(int, 1))), list(map(pow, [2, 3], [3, 2], [5, 5])))
