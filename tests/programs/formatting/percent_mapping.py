# %-formatting with mappings, width from *, and objects with __getitem__.
data = {"name": "Ada", "n": 3, "pi": 3.14159}
print("%(name)s has %(n)03d items, pi=%(pi).2f %(name)r" % data)
print("%(name)-6s|%(name)6s|%(n)+d|%(n)x" % data)
print("%%(name)s %(name)s" % data, "%s" % data == str(data), "no format" % ())
class Lookup:
    def __getitem__(self, key):
        return key.upper()
print("%(abc)s-%(xyz)s" % Lookup())
try:
    "%(missing)s" % data
except KeyError as e:
    print("KeyError:", e)
try:
    "%(name)s %s" % data
except TypeError as e:
    print("TypeError:", e)
try:
    "%(name" % data
except ValueError as e:
    print("ValueError:", e)
try:
    "%(name)*d" % data
except TypeError as e:
    print("TypeError:", e)
print("%*s|%-*s|" % (5, "r", 5, "l"), "%.*s" % (2, "truncate"), "%-*d|" % (-4, 7))
try:
    "%*d" % (1.5, 2)
except TypeError as e:
    print("TypeError:", e)
print("%s %s" % ("a", "b"), "%s" % ("single",), "%s" % [("tuple", "in list")], "%r" % ((1, 2),))
try:
    "%s %s" % ["list", "args"]
except TypeError as e:
    print("TypeError:", e)
print("%c" % 128512 == "\U0001F600", "%5.1f%%" % 99.44, "%#o %#x" % (0, 0), "%+.0e" % 12345.0)
