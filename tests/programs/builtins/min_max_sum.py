# min/max/sum with keys, defaults, iterables of mixed numbers, and big values.
data = [3, -7, 2.5, 10**20, True]
print(min(data), max(data), sum(data), min(data, key=abs), max(data, key=lambda v: -v))
print(max("apple", "Banana", key=str.lower), min(["bb", "a", "ccc"], key=len), max([], default=None))
print(sum(range(101)), sum([0.1] * 10), sum([[1], [2, 3]], []), sum((1, 2), start=10))
print(max({"a": 3, "b": 1}, key={"a": 3, "b": 1}.get), min((2, "x"), (1, "y")), max("hello"))
print(max(1, 2, 3, key=lambda v: v % 3), min(range(5), key=lambda v: (v - 2) ** 2))
for bad in [lambda: max([]), lambda: min(1, 2, default=0), lambda: sum(["a", "b"], ""), lambda: max(1, "a")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
