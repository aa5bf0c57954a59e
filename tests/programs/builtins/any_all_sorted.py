# any, all, sorted, reversed, len on different types, short-circuiting.
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]), any(x > 2 for x in range(4)), all(x < 2 for x in range(4)))
def noisy(v):
    print("check", v)
    return v
print(any(noisy(v) for v in [0, 1, 2]), all(noisy(v) for v in [1, 0, 2]))
print(len("abc"), len([1]), len((1, 2)), len({1: 1}), len({1, 2, 3}), len(range(10)), len(b"xy"))
print(sorted([3, 1, 2]), sorted("cba"), sorted({"b": 1, "a": 2}), sorted([1, 2, 3], reverse=True), sorted([-2, 1], key=abs))
try:
    len(5)
except TypeError as e:
    print("TypeError:", e)
try:
    sorted(5)
except TypeError as e:
    print("TypeError:", e)
try:
    any(5)
except TypeError as e:
    print("TypeError:", e)
