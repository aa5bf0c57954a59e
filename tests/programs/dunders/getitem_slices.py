# __getitem__ receives ints, slices and tuples as written; slice objects
# expose start/stop/step and indices().

class Probe:
    def __getitem__(self, key):
        return key

p = Probe()
print(p[1], p[-1], p["k"], p[None])
print(p[1:2], p[:], p[::], p[1:], p[:2], p[::3], p[1:2:3], p[-1::-1])
print(p[1, 2], p[1:2, 3], p[:, ::2], p[...], p[..., 0], p[()], p[(1,)])
print(p[1.5:"a":None], repr(p[1:2]) == repr(slice(1, 2)))
s = p[1:10:2]
print(type(s).__name__, s.start, s.stop, s.step)
print(slice(5), slice(1, 5), slice(1, 5, 2), slice(None, None, None))

for sl in [slice(None), slice(2, 8), slice(None, None, -1), slice(-3, None),
           slice(-100, 100), slice(10, 2, -2), slice(None, None, 3), slice(5, -5, -1)]:
    print(sl, sl.indices(10), sl.indices(3), sl.indices(0), list(range(10))[sl])

for bad in [lambda: slice(None, None, 0).indices(5), lambda: slice(1, 2).indices(-1),
            lambda: slice("a", 2).indices(5), lambda: slice(1, 2).indices(2.5)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# slices are unhashable in 3.11
try:
    hash(slice(1, 2))
except TypeError as e:
    print("TypeError:", e)

# a sequence that implements slicing itself with indices()
class Squares:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, key):
        if isinstance(key, slice):
            return [i * i for i in range(*key.indices(self.n))]
        if isinstance(key, tuple):
            return [self[k] for k in key]
        if key < 0:
            key += self.n
        if not 0 <= key < self.n:
            raise IndexError("Squares index out of range")
        return key * key

sq = Squares(6)
print(sq[2], sq[-1], sq[1:4], sq[::-2], sq[4:1:-1], sq[1, 3, -2], sq[100:])
try:
    sq[6]
except IndexError as e:
    print("IndexError:", e)
print(list(sq), 16 in sq, 17 in sq, list(reversed(sq)))
