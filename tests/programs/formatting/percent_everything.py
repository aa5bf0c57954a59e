print("%s|%r|%a" % ("é", "é", "é"))
print("%d|%i|%u|%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42, 42, 42, 42))
print("%x|%X|%#x|%#X|%o|%#o|%08.3f|%.0f" % (255, 255, 255, 255, 8, 8, 3.14159, 2.5))
print("%e|%E|%g|%G|%.3g|%10.2e|%-10.1f|" % (12345.678, 0.000123, 1e-5, 1e20, 3.14159, 123.0, 2.25))
print("%c%c%c" % (72, "i", 33), "%%", "%5s|%-5s|%.2s" % ("ab", "ab", "abcdef"))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%(x)r" % {"x": [1]})
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 2, 3.14159))
print("%s" % (1,), "%s" % [1, 2], "%s %s" % (None, True), "%d" % True, "%f" % 1)
print("%x" % -255, "%o" % -8, "%d" % 10**30, "%.3s" % 12345, "%r" % 1.0)
for fmt, args in [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1), ("%(a)s", 1),
                  ("%c", 1114112), ("%c", "ab"), ("%x", 1.5), ("%", ()), ("%(a", {"a": 1}),
                  ("%s %(a)s", {"a": 1}), ("%*d", ("x", 1))]:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(fmt, type(e).__name__, e)
print("%s and %s" % ("a", "b"), "no args" % (), "%s" % {"k": "v"})
print("%-8s|%8s|" % ("left", "right"), "%+.2e" % -0.0, "%g" % 100000, "%g" % 1000000, "%#g" % 1.0)
