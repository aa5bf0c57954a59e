# Slices compare like (start, stop, step) tuples: by value for ==/!=, and
# ordering comparisons are supported.

a = slice(1, 2)
b = slice(1, 2)
print(a == b, a is b, a != b)
print(slice(1, 2, 3) == slice(1, 2), slice(1, 2) != slice(1, 3))
print(slice(1, 2) < slice(1, 3), slice(1, 2) >= slice(1, 2), slice(2) > slice(1))
class P:
    def __getitem__(self, k):
        return k
print(P()[1:2] == slice(1, 2), P()[::2] == slice(None, None, 2))
print([slice(1, 2)] == [slice(1, 2)], slice(1, 2) in [slice(1, 2)], [slice(0, 5)].index(slice(0, 5)))
print(slice(1, 2) == (1, 2, None))
try:
    slice(1, 2) < slice("a", 2)
except TypeError as e:
    print("TypeError:", e)
