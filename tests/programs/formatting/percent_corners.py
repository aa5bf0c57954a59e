# %-formatting corner cases: mapping keys, *, flags, conversions and errors.
print("%s|%r|%a" % ("é", "é", "é"))
print("%5s|%-5s|%.2s|%5.1s|" % ("abc", "abc", "abc", "abc"))
print("%d %i %u" % (3.9, -2.5, True), "%x %X %o" % (255, 255, 8), "%#x %#X %#o" % (255, 255, 8))
print("%+d % d %05d %-5d| %+05d" % (5, 5, -5, 5, 5))
print("%e %E %f %F %g %G" % (1234.5, 1234.5, 1.5, 1.5, 0.00001, 1e20))
print("%.0f %.0e %#.0f %#g %.3g" % (2.5, 12345, 3, 1.0, 1234567))
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 2, 3.14159))
print("%(name)s is %(age)d, %(name)r" % {"name": "Ann", "age": 30})
print("%c%c%c" % (72, "i", 33), "%%", "%s%%" % 50)
print("%s" % [1, 2], "%s" % ((1, 2),), "%r" % (None,), "%s" % {"k": 1})
print("%5%|" % () if False else "skip", "%-5c|" % "x")
for fmt, args in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%(a)s", (1,)), ("%z", 1), ("%c", 1234567890), ("%c", "ab"), ("%d", None), ("%x", 1.5), ("%(a)s %s", {"a": 1}), ("%*d", ("a", 1))]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__ + ":", e)
