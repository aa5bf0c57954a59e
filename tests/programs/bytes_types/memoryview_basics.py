# memoryview over bytes and bytearray: reading, slicing, writing, releasing.
def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

m = memoryview(b"abcdef")
print(len(m), m[0], m[-1], m[1:4].tobytes(), m[::2].tolist(), m[::-1].tobytes(), m[4:1:-1].tolist())
print(m.format, m.itemsize, m.nbytes, m.readonly, m.ndim, m.shape, m.strides, m.obj)
print(m.tobytes(), m.tolist(), m.hex(), m.hex(":", 2), bytes(m), bytearray(m), list(m))
print(type(m).__name__, type(m[1:]).__name__, m[2:][1:][0], m[1:5][::2].tobytes(), m[1:5][::2].nbytes)
print(m == b"abcdef", m == bytearray(b"abcdef"), m == memoryview(b"abcdef"), m != b"x", m == "abcdef", m == [97])
print(b"abcdef" == m, m[1:3] == b"bc", 98 in m, 120 in m, m.contiguous, m[::2].contiguous)
print(hash(m) == hash(b"abcdef"), bool(memoryview(b"")), bool(m))
print(memoryview(m).tobytes(), memoryview(m).obj is m.obj)

data = bytearray(b"hello world")
v = memoryview(data)
print(v.readonly, v.obj is data)
v[0] = 72
v[6:11] = b"WORLD"
v[::5] = b"__x"
print(data, v.tobytes())
w = v[1:5]
w[0] = ord("E")
w[1:3] = bytearray(b"LL")
print(data, w.tobytes(), w.nbytes)
data[1] = ord("a")
print(v[1], w[0])

with memoryview(b"ctx") as cm:
    print(cm.tobytes(), cm[0])
show("after with", lambda: cm[0])
print(repr(cm).startswith("<released memory at 0x"), repr(m).startswith("<memory at 0x"))
r = memoryview(b"abc")
r.release()
r.release()
for label, thunk in [
    ("released len", lambda: len(r)),
    ("released tobytes", lambda: r.tobytes()),
    ("released nbytes", lambda: r.nbytes),
    ("released obj", lambda: r.obj),
    ("released eq self", lambda: r == r),
    ("released eq other", lambda: r == b"abc"),
    ("released slice", lambda: r[1:]),
    ("released bytes", lambda: bytes(r)),
    ("released with", lambda: r.__enter__()),
    ("index out of range", lambda: m[6]),
    ("negative out of range", lambda: m[-7]),
    ("str key", lambda: m["a"]),
    ("float key", lambda: m[1.5]),
    ("write readonly", lambda: m.__setitem__(0, 1)),
    ("write readonly slice", lambda: m.__setitem__(slice(0, 2), b"xy")),
    ("write str", lambda: v.__setitem__(0, "a")),
    ("write bytes item", lambda: v.__setitem__(0, b"a")),
    ("write 256", lambda: v.__setitem__(0, 256)),
    ("write wrong size", lambda: v.__setitem__(slice(0, 2), b"xyz")),
    ("write int to slice", lambda: v.__setitem__(slice(0, 2), 5)),
    ("delete", lambda: v.__delitem__(0)),
    ("hash writable", lambda: hash(v)),
    ("order", lambda: m < m),
    ("str source", lambda: memoryview("abc")),
    ("int source", lambda: memoryview(5)),
    ("list source", lambda: memoryview([1, 2])),
    ("no args", lambda: memoryview()),
    ("add", lambda: m + b"x"),
]:
    show(label, thunk)
