# Slices with negative and huge steps, out-of-range bounds and None.
s = list(range(10))
t = "abcdefghij"
for sl in [slice(None, None, -1), slice(None, None, -3), slice(8, 2, -2), slice(2, 8, -1), slice(-1, -11, -1), slice(-1, None, -4), slice(None, -11, -1), slice(100, None, -1), slice(None, None, 10 ** 20), slice(None, None, -10 ** 20), slice(-10 ** 20, 10 ** 20), slice(5, None, 10 ** 20), slice(3, 3), slice(-100, -50), slice(50, 100)]:
    print(sl, s[sl], t[sl], tuple(s)[sl] == tuple(s[sl]), range(10)[sl], bytes(s)[sl] == bytes(s[sl]))
for bad in [slice(None, None, 0), slice("a", None)]:
    try:
        s[bad]
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(7), slice(10 ** 20, None, -1).indices(3))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
class Idx:
    def __index__(self):
        return 2
print(s[Idx():], s[:Idx()], s[::Idx()], t[Idx()], range(10)[Idx()::Idx()])
