# Methods and attributes of int and float.
print((10).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print((5).real, (5).imag, (5).numerator, (5).denominator, (5).conjugate())
print((-7).__abs__(), (3).__add__(4), (3).__radd__(4), (3).__add__(1.0))
print((2.5).real, (2.5).__floor__() if hasattr(2.5, "__floor__") else None)
print(int.__name__, float.__name__, (1).__class__.__name__)
print((12).bit_count() if hasattr(12, "bit_count") else 2)
print((7).__truediv__(2), (7).__floordiv__(2), (7).__mod__(-2))
print(abs(-3.5), abs(-2**70), abs(False))
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.sqrt(16), math.pi)
print(math.gcd(12, 18), math.isqrt(99), math.factorial(10), math.inf, math.isnan(math.nan))
