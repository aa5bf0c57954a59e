# __format__: format(), str.format and f-strings pass the spec through;
# conversions !r/!s/!a bypass __format__; nested specs are expanded first.

log = []

class Temp:
    def __init__(self, celsius):
        self.celsius = celsius
    def __format__(self, spec):
        log.append(spec)
        if spec.endswith("F"):
            return format(self.celsius * 9 / 5 + 32, spec[:-1] + "f") + "°F"
        if spec.endswith("C") or spec == "":
            return format(self.celsius, spec[:-1] + "f" if spec else "") + "°C"
        return format(self.celsius, spec)
    def __repr__(self):
        return "Temp(%r)" % self.celsius
    def __str__(self):
        return "%s degrees" % self.celsius

t = Temp(21.5)
print(format(t), format(t, ".1C"), format(t, ".0F"), format(t, ">10"))
print("{}|{:.2C}|{:F}|{!r}|{!s}|{!a}".format(t, t, t, t, t, t))
print(f"{t}|{t:.1F}|{t!r}|{t!s:>15}|{t=}|{t=:.0C}")
width, prec = 12, 2
print(f"[{t:>{width}}]", f"[{t:.{prec}C}]", "[{:{}.{}F}]".format(t, width, prec))
print(log)

# default object.__format__ uses str() and rejects a non-empty spec
class Plain:
    def __str__(self):
        return "plain!"
print(format(Plain()), f"{Plain()}", "{}".format(Plain()))
try:
    format(Plain(), ">10")
except TypeError as e:
    print("TypeError:", e)
try:
    f"{Plain():x}"
except TypeError as e:
    print("TypeError:", e)

# __format__ must return a str
class BadFormat:
    def __format__(self, spec):
        return 42
for fn in [lambda: format(BadFormat()), lambda: f"{BadFormat()}", lambda: "{}".format(BadFormat())]:
    try:
        fn()
    except TypeError as e:
        print("TypeError:", e)

# spec must be a str when calling format()
try:
    format(1, 2)
except TypeError as e:
    print("TypeError:", e)

# subclasses of builtins inherit their __format__
class Hex(int):
    def __format__(self, spec):
        if spec == "h":
            return hex(self)
        return int.__format__(self, spec)
h = Hex(255)
print(f"{h:h} {h:08b} {h:,} {h}")

# format with attribute and index lookups in str.format
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __format__(self, spec):
        return "(%s, %s)" % (format(self.x, spec), format(self.y, spec))
p = Point(1.25, -3.5)
print("{0.x} {0.y} {0:.1f} {1[0]:+.2f}".format(p, [p.x]))
print(f"{p:08.3f}", f"{[p.x, p.y]}", f"{p!s}"[:1])
