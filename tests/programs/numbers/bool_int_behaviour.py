# bool is an int subclass: arithmetic, formatting, hashing and identity.
print(True + True, True * 10, -True, ~True, True / 2, True // 2, True ** 0, True << 3, True & 3, True | 2, True ^ True)
print(type(True + 1).__name__, type(True & True).__name__, type(True | False).__name__, type(~False).__name__, type(-True).__name__)
print(str(True), repr(False), f"{True}", f"{True:d}", f"{True:>6}", "%d %s %r" % (True, True, False), format(False, "b"))
print(isinstance(True, int), issubclass(bool, int), bool.__mro__ == (bool, int, object), int(True), float(False))
print(sum([True, True, False]), [1, 2, 3][True], {True: "t", 1: "one"}, True == 1)
print(bool(0), bool(0.0), bool(-0.0), bool(""), bool(" "), bool([]), bool([0]), bool(None), bool(range(0)), bool(range(1)))
try:
    class B(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
print(True.real, True.imag, True.numerator, (True).bit_length(), True.conjugate(), round(True))
