# List slicing, slice assignment and deletion.
a = list(range(10))
print(a[2:5], a[::3], a[::-2], a[-3:], a[8:100], a[5:2])
b = a[:]
b[2:5] = ["x"]
print(b)
b[1:1] = [10, 11, 12]
print(b)
b[::2] = range(len(b[::2]))
print(b)
del b[::3]
print(b)
del b[1:3]
print(b)
b[:] = "abc"
print(b)
b[len(b):] = [1]
print(b)
try:
    b[::2] = [1, 2, 3, 4, 5]
except ValueError as e:
    print("ValueError:", e)
try:
    b[0:1] = 5
except TypeError as e:
    print("TypeError:", e)
c = [1, 2, 3]
c[-1:] = []
del c[0]
print(c, a[slice(None, None, -1)] == a[::-1])
