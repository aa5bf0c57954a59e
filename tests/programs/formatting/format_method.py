# str.format: positional, keyword, indexing, attributes, conversions, nesting.
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{0[1]} {1[k]}".format([0, "one"], {"k": "kay"}))
class P:
    x = 3
    y = 4
print("{p.x},{p.y}".format(p=P()), "{!r} {!s} {!a}".format("a", "b", "é"))
print("{:>8}|{:<8}|{:^8}|{:*^9}".format("r", "l", "c", "s"))
print("{:{width}.{prec}f}".format(3.14159, width=10, prec=3))
print("{{literal}} {}".format("x"), "{:d}".format(True), "{}".format(None))
for fmt, args in [("{} {}", (1,)), ("{0} {}", (1, 2)), ("{x}", ()), ("{:d}", ("s",)), ("{", ()), ("}", ()), ("{0!z}", (1,))]:
    try:
        print(fmt.format(*args))
    except (IndexError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
print("{0:}".format(12), format(12, ""), "{:}".format("s"))
print("{a[0]}{a[1]}".format(a="xy"), "{0.__class__.__name__}".format(1))
