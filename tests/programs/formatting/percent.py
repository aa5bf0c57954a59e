# printf-style % formatting.
print("%d %i %s %r %%" % (42, -7, "str", "repr"))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %o %#x %#o %#X" % (255, 255, 8, 255, 8, 255))
print("%f %.2f %10.3f %-10.1f| %e %.3E %g %G" % (3.14159, 3.14159, 3.14159, 3.14159, 12345.678, 0.00012, 1e-5, 1e20))
print("%c%c %5s %-5s| %.2s" % (65, "b", "ab", "ab", "abcdef"))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%*d|%-*d|%.*f" % (6, 1, 4, 2, 2, 3.14159))
print("%s" % (1, ), "%s" % [1, 2], "%s %s" % ("a", (1, 2)))
print("%d" % 3.99, "%s" % None, "%r" % 1.0, "%a" % "é")
print("%d" % 10**30, "%x" % -255, "%.0f" % 2.5, "%.0f" % 3.5)
for fmt, args in [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1), ("%(k)s", 1), ("%c", 1114112)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(type(e).__name__, e)
