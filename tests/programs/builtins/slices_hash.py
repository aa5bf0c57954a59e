# slice objects, hash(), and range objects.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), list(range(20))[s], "abcdefghijk"[s])
print(s.indices(5), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
print(hash(42), hash(-1) == hash(-2), hash("abc") == hash("abc"), hash(None) == hash(None), hash((1, "a")) == hash((1, "a")))
try:
    hash([])
except TypeError as e:
    print("TypeError:", e)
try:
    hash({})
except TypeError as e:
    print("TypeError:", e)
r = range(2, 20, 3)
print(r, list(r), len(r), r.start, r.stop, r.step, r.index(8), r.count(8), 8 in r, 9 in r, r[-1], r[1:3])
print(range(0), range(5), range(1, 5), range(10, 0, -2), list(range(10, 0, -2)), bool(range(0)))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
