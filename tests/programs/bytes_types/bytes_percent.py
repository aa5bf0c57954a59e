# printf-style formatting of bytes and bytearray.
def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

class Blob:
    def __bytes__(self):
        return b"BLOB"

class NotBytes:
    def __bytes__(self):
        return "no"

print(b"%s and %b" % (b"spam", bytearray(b"eggs")))
print(b"%s|%s" % (memoryview(b"mv"), Blob()))
print(b"%d %i %u %o %x %X %e %f %g %%" % (1, -2, 3, 8, 255, 255, 1.5, 2.25, 0.5))
print(b"%5d|%-5d|%05d|%+d|% d|%#x|%#o" % (42, 42, 42, 42, 42, 255, 8))
print(b"%.2f|%10.3e|%-8.1f|%G" % (3.14159, 12345.678, 2.5, 1e-10))
print(b"%r %a" % ("caf\xe9", b"x'y"))
print(b"%c%c%c" % (72, b"i", bytearray(b"!")))
print(b"%5s|%-5s|%.2s|%5.1b" % (b"ab", b"cd", b"xyz", b"qrs"))
print(b"%(name)s is %(age)d" % {b"name": b"Ann", b"age": 7})
print(b"%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print(b"\xe9%d\xff" % 3, b"%s" % b"\x00\xff")
print(bytearray(b"%d-%s") % (1, b"x"), type(bytearray(b"%d") % 5).__name__)
print(b"no args" % (), b"x" % {}, b"%s" % (b"single",), b"%d%%" % 50)
print(b"%c" % 255, b"%5c|" % 65, b"%d" % True, b"%x" % 3.0 if False else b"skip")
fmt = bytearray(b"%s")
print(fmt % b"a", fmt)

for label, thunk in [
    ("str arg", lambda: b"%s" % "x"),
    ("int for s", lambda: b"%s" % 5),
    ("float for b", lambda: b"%b" % 1.5),
    ("list for s", lambda: b"%s" % [1]),
    ("bad __bytes__", lambda: b"%s" % NotBytes()),
    ("c str", lambda: b"%c" % "a"),
    ("c 256", lambda: b"%c" % 256),
    ("c -1", lambda: b"%c" % -1),
    ("c long bytes", lambda: b"%c" % b"ab"),
    ("c float", lambda: b"%c" % 3.0),
    ("x str", lambda: b"%x" % "a"),
    ("d str", lambda: b"%d" % "a"),
    ("f str", lambda: b"%f" % "a"),
    ("too few", lambda: b"%s %s" % (b"a",)),
    ("too many", lambda: b"%s" % (b"a", b"b")),
    ("not all single", lambda: b"x" % 1),
    ("not all bytes", lambda: b"x" % b"a"),
    ("unknown code", lambda: b"%z" % (1,)),
    ("unknown code no args", lambda: b"%z" % ()),
    ("needs mapping", lambda: b"%(a)s" % 5),
    ("str key", lambda: b"%(a)s" % {"a": b"x"}),
    ("incomplete", lambda: b"abc%" % ()),
    ("str b code", lambda: "%b" % 1),
]:
    show(label, thunk)
