# enumerate, zip (incl. strict), map, filter, reversed, iter/next, range, sorted.
print(list(enumerate("abc")), list(enumerate("ab", 10)), list(zip("ab", [1, 2, 3])), list(zip()))
print(list(zip("ab", "cd", strict=True)))
for args in [("ab", "abc"), ("abc", "ab"), ("a", "b", "cd")]:
    try:
        list(zip(*args, strict=True))
    except ValueError as e:
        print("ValueError:", e)
print(list(map(str, [1, 2])), list(map(pow, [2, 3], [3, 2])), list(filter(None, [0, 1, "", "a", None])), list(filter(str.isdigit, "a1b2")))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
it = iter([10, 20])
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
calls = iter(lambda: calls_list.pop(), 0)
calls_list = [0, 3, 2, 1]
print(list(calls))
try:
    reversed(5)
except TypeError as e:
    print("TypeError:", e)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
print(type(enumerate([])).__name__, type(zip()).__name__, type(map(str, [])).__name__, type(iter([])).__name__)
