# bytearray: constructors, repr, mutation methods, operators and their errors.
def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

print(bytearray(), bytearray(3), bytearray([65, 66, 67]), bytearray(b"xyz"))
print(bytearray("héllo", "utf-8"), bytearray("abc", "ascii"), bytearray("é", encoding="latin-1"))
print(bytearray(range(5)), bytearray(memoryview(b"mv")), bytearray(bytearray(b"copy")))
print(bytearray(b"it's"), bytearray(b'say "hi"'), bytearray(b"\x00\xff\n\t\\"))
print(type(bytearray()).__name__, len(bytearray(b"four")), bool(bytearray()), bool(bytearray(b"\x00")))

ba = bytearray(b"hello")
ba.append(33)
ba.extend(b" world")
ba.extend([1, 2])
ba.extend(bytearray(b"!"))
ba.extend(x for x in (65, 66))
print(ba)
ba.insert(0, 62)
ba.insert(-1, 60)
ba.insert(100, 90)
ba.insert(-100, 91)
print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(ord("o"))
print(ba)
ba.reverse()
print(ba)
c = ba.copy()
c.clear()
print(c, len(ba) > 0, c is not ba)

x = bytearray(b"ab")
y = x
x += b"cd"
x += bytearray(b"ef")
x += memoryview(b"gh")
print(x, y is x)
x *= 2
print(x, y is x)
print(bytearray(b"ab") * 3, 2 * bytearray(b"xy"), bytearray(b"ab") * -1)
print(bytearray(b"ab") + b"cd", b"ab" + bytearray(b"cd"), type(b"ab" + bytearray(b"cd")).__name__)
print(bytearray(b"ab") + memoryview(b"!"))

for label, thunk in [
    ("append str", lambda: bytearray().append("a")),
    ("append 256", lambda: bytearray().append(256)),
    ("append -1", lambda: bytearray().append(-1)),
    ("insert str", lambda: bytearray().insert(0, "x")),
    ("pop empty", lambda: bytearray().pop()),
    ("pop range", lambda: bytearray(b"a").pop(5)),
    ("remove missing", lambda: bytearray(b"abc").remove(9)),
    ("remove str", lambda: bytearray(b"abc").remove("a")),
    ("extend int", lambda: bytearray().extend(5)),
    ("extend bad item", lambda: bytearray().extend([1, "a"])),
    ("extend str", lambda: bytearray().extend("ab")),
    ("extend big", lambda: bytearray().extend([300])),
    ("ctor str", lambda: bytearray("abc")),
    ("ctor int enc", lambda: bytearray(1, "utf-8")),
    ("ctor negative", lambda: bytearray(-1)),
    ("ctor float", lambda: bytearray(1.5)),
    ("ctor float items", lambda: bytearray([1.5])),
    ("ctor 256", lambda: bytearray([256])),
    ("ctor bad codec", lambda: bytearray("a", "nope")),
    ("concat str", lambda: bytearray(b"a") + "x"),
    ("mul str", lambda: bytearray(b"a") * "x"),
    ("iadd str", lambda: exec("b = bytearray(); b += 'x'")),
    ("hash", lambda: hash(bytearray(b"a"))),
    ("dict key", lambda: {bytearray(b"a"): 1}),
    ("set item", lambda: {bytearray()}),
]:
    show(label, thunk)
