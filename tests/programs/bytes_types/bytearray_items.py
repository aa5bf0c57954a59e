# bytearray indexing, item and slice assignment and deletion, extended slices.
def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

ba = bytearray(b"abcdefgh")
print(ba[0], ba[-1], ba[2:5], ba[::2], ba[::-1], ba[5:2:-1], ba[100:], type(ba[1:]).__name__)
ba[0] = 65
ba[-1] = ord("H")
print(ba)
ba[1:3] = b"XYZW"
print(ba)
ba[1:5] = []
print(ba)
ba[0:0] = bytearray(b"<<")
print(ba)
ba[len(ba):] = [33, 33]
print(ba)
ba[::2] = b"0123456"[: len(ba[::2])]
print(ba)
ba[::3] = b""
print(ba)
ba[2:4] = memoryview(b"mv")
print(ba)
ba[1:2] = (i for i in range(97, 100))
print(ba)
ba[:] = ba
print(ba)
del ba[0]
del ba[-1]
print(ba)
del ba[1:3]
print(ba)
del ba[::2]
print(ba)
del ba[:]
print(ba, len(ba))

t = bytearray(range(10))
t[::-2] = bytes([90, 91, 92, 93, 94])
print(list(t))

for label, thunk in [
    ("get out of range", lambda: bytearray(b"ab")[5]),
    ("get negative out of range", lambda: bytearray(b"ab")[-3]),
    ("get float index", lambda: bytearray(b"ab")[1.5]),
    ("get str index", lambda: bytearray(b"ab")["a"]),
    ("set out of range", lambda: bytearray(b"ab").__setitem__(2, 1)),
    ("set str value", lambda: bytearray(b"ab").__setitem__(0, "a")),
    ("set 256", lambda: bytearray(b"ab").__setitem__(0, 256)),
    ("set str index", lambda: bytearray(b"ab").__setitem__("a", 1)),
    ("slice int", lambda: bytearray(b"ab").__setitem__(slice(0, 1), 5)),
    ("slice str", lambda: bytearray(b"ab").__setitem__(slice(0, 1), "x")),
    ("slice bad item", lambda: bytearray(b"ab").__setitem__(slice(0, 1), [1, 300])),
    ("extended size", lambda: bytearray(b"abcd").__setitem__(slice(None, None, 2), b"x")),
    ("del out of range", lambda: bytearray(b"ab").__delitem__(7)),
    ("del bytes item", lambda: b"ab".__delitem__(0)),
    ("bytes set item", lambda: exec("b = b'ab'; b[0] = 1")),
]:
    show(label, thunk)

class Index:
    def __index__(self):
        return 1

ba = bytearray(b"abc")
ba[Index()] = Index()
print(ba, ba[Index()], b"abc"[Index()])
