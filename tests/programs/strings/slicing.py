# Indexing and slicing of str, with negative and out-of-range bounds.
s = "Hello, World"
print(s[0], s[-1], s[7], s[-5])
print(s[2:5], s[:5], s[7:], s[-5:], s[:-7], s[:])
print(s[::2], s[1::3], s[::-1], s[-1:-6:-1], s[10:2:-2])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100])
print(s[slice(1, 4)], s[slice(None, None, -3)])
for bad in (12, -13):
    try:
        s[bad]
    except IndexError as e:
        print("IndexError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    s[1.5]
except TypeError as e:
    print("TypeError:", e)
u = "naïve café ☃"
print(u[2], u[-1], u[::-1], len(u), u[6:])
