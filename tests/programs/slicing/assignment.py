# Slice assignment and deletion: resizing, extended slices, self-assignment.
a = list(range(8))
a[2:5] = ["x"]
print(a)
a[1:1] = [10, 20, 30]
print(a)
a[:] = a[::-1]
print(a)
a[::2] = "ABCDEFGH"[: len(a[::2])]
print(a)
a[-2:] = []
print(a)
a[100:] = [99]
print(a)
a[:-100] = ["start"]
print(a)
a[5:2] = ["mid"]
print(a)
b = [0, 1, 2, 3, 4, 5]
del b[::2]
print(b)
del b[::-1]
print(b)
c = list(range(10))
del c[1:8:3]
print(c, end=" ")
c[::-3] = [0] * len(c[::-3])
print(c)
d = [1, 2, 3]
d[1:2] = d
print(d)
for bad in [lambda: a.__setitem__(slice(None, None, 2), [1]), lambda: a.__setitem__(slice(0, 2), 5), lambda: a.__setitem__(slice(None, None, 0), [])]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
e = list(range(5))
e[1:3] = (x * 10 for x in range(4))
print(e)
try:
    "abc"[0:1] = "z"
except TypeError as e:
    print("TypeError:", e)
