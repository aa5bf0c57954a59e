"""str.split() with no separator over ASCII and non-ASCII whitespace, with maxsplit; methods that read their receiver."""
for t in ["", "  ", " a  b\tc\nd\x1ce\x1f f\x0b\x0cg\rh ", "abc", "  lead", "trail  ", "x\u00a0y z", "a b c d"]:
    print(repr(t.split()), [repr(t.split(None, n)) for n in range(-1, 4)])
    print(t.lower().split(), t.upper(), t.center(9, '*'), t.partition(' '), t.rpartition(' '))
print(str.__str__("x"), "abc".__str__(), dir("").count("__str__"))
try:
    str.__str__(1)
except TypeError as e:
    print(e)
