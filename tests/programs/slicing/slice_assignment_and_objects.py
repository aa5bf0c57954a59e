a = list(range(10))
print(a[2:5], a[:3], a[7:], a[::3], a[::-2], a[-3:-1], a[5:2], a[100:], a[-100:2])
b = a[:]
b[2:5] = ["x"]
print(b)
b[1:1] = [9, 9]
print(b)
b[::2] = range(len(b[::2]))
print(b)
del b[1::3]
print(b)
s = slice(1, 8, 2)
print(a[s], s.start, s.stop, s.step, s.indices(5), slice(None).indices(3), slice(-2, None).indices(10))
print("abcdefgh"[s], tuple(range(10))[s], range(10)[s], range(100)[::-25])
try:
    a[::0]
except ValueError as e:
    print("ValueError", e)
try:
    a[1:3:1] = 5
except TypeError as e:
    print("TypeError", e)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print("ValueError", e)
try:
    "abc"[1:2] = "x"
except TypeError as e:
    print("TypeError", e)
class Grid:
    def __getitem__(self, key):
        return key
g = Grid()
print(g[1:2], g[::], g[1:2, 3], g[..., 0], g[:, None])
text = "Hello, World"
print(text[::-1], text[7:], text[:-7], text[-5:-1:2], text[3:3] == "")
