# Sorting: stability, key functions, reverse keeps stability, errors.
records = [("bob", 3), ("amy", 1), ("cat", 3), ("dan", 2), ("eve", 1), ("fay", 2)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(sorted(records), key=lambda r: -r[1]))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted([3, 1, 2], reverse=True), sorted("hello"), sorted({3: "a", 1: "b"}), sorted([1.5, 1, True, 0.5]))
print(sorted([[2, 1], [1, 2], [1], [], [1, 1, 1]]), sorted([(1, "b"), (1, "a"), (0, "z")]))
calls = []
def key(v):
    calls.append(v)
    return -v
data = [4, 2, 5, 1]
data.sort(key=key)
print(data, calls)
for bad in [[1, "a"], [None, None], [{1}, {2}, {1, 2}] if False else [1j] if False else [[1], ["a"]]]:
    try:
        print(sorted(bad))
    except TypeError as e:
        print("TypeError:", e)
try:
    sorted([1, 2], key=lambda v: v, cmp=None)
except TypeError as e:
    print("TypeError:", e)
try:
    [3, 1].sort(lambda v: v)
except TypeError as e:
    print("TypeError:", e)
class Rev:
    def __init__(self, v): self.v = v
    def __lt__(self, other): return self.v > other.v
    def __repr__(self): return f"R{self.v}"
print(sorted([Rev(1), Rev(3), Rev(2)]), max([Rev(1), Rev(3)]), min([Rev(1), Rev(3)]))
print(sorted([], key=None), sorted([2, 1], key=None), list(reversed(sorted(range(5)))))
