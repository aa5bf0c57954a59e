print("{} {} {}".format(1, "a", [2]))
print("{0} {1} {0}".format("x", "y"), "{1}{0}".format(1, 2))
print("{name} is {age:>4}".format(name="Bo", age=7), "{0[0]}{0[1]}".format("hi"))
print("{0.real} {0.imag}".format(3 + 4j), "{d[key]} {d[0]}".format(d={"key": "v", 0: "zero"}))
print("{:*^15}".format("mid"), "{:>10.3f}|{:<10,d}|".format(3.14159, 1234567))
print("{!r} {!s} {!a}".format("q", "q", "ü"), "{0!r:>10}".format("x"))
print("{:{}{}}".format(3.14159, ">", 10), "{:.{prec}f}".format(2 / 3, prec=4))
print("{{}} {{{}}}".format(5), "{:%}".format(0.25), "{:e}".format(0.0001))
print(str.format("{}-{}", "a", "b"), "{0:b} {0:o} {0:x} {0:#X}".format(3054))
print("{:,} {:_} {:_x}".format(123456789, 123456789, 0xDEADBEEF))
print("{:=+10d}|{:0=10d}|{:010.2f}".format(42, -42, -3.5))
print("{:^} {:<} {:}".format("a", "b", "c"), "{:3}|{:<3}|{:>3}".format(1, 2, 3))
print("{0}".format(*[["x"]]), "{a}{b}".format(**{"a": 1, "b": 2}))
fmt = "{:{width}}|".format
print(fmt("ab", width=5), fmt(12, width=5))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print("({0.x}, {0.y})".format(Point(1, 2)), "{p.x}".format(p=Point(9, 8)))
for bad in ["{0} {}", "{} {0}", "{:d}", "{0.missing}", "{0[5]}", "{x", "{0!}", "{:}}"]:
    try:
        print(bad.format(Point(1, 2) if "missing" in bad else ("ab" if "5" in bad else 1.5)))
    except (ValueError, IndexError, AttributeError, KeyError) as e:
        print(repr(bad), type(e).__name__, e)
print("{0:{1}}".format("x", 3) + "|", "{:}".format(None), "{}".format(b"b"))
