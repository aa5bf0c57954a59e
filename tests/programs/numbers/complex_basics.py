# complex numbers: literals, construction, arithmetic, repr, errors.
print(1j, 2+3j, -1j, 0j, -0j, 1.5-2.5j, 1e300j, (1+2j).real, (1+2j).imag)
print(repr(complex(-0.0, -0.0)), complex(0.0, -0.0), complex(-0.0, 0.0))
print(complex(), complex(1), complex(1.5, 2), complex(True, False))
print(complex("1+2j"), complex(" (3-4j) "), complex("j"), complex("-J"), complex("inf-nanj"))
print(complex(1+2j, 3+4j), complex(1, 2j), complex(real=3), complex(imag=2), complex(real=1, imag=2))
print(type(1j), type(1j).__name__, isinstance(1j, complex))
z = 3 + 4j
print(z + 1, z - 1.5, z * 2, z / 2, 2 / z, z ** 2, z ** 0.5, z ** -1, 2 ** z)
print(1 + z, 1.5 - z, 2 * z, z * z, z / z, -z, +z, abs(z), abs(-1j))
print(z.conjugate(), (1j).conjugate(), z == 3+4j, z != 3+4j, z == 3, (3+0j) == 3, (3+0j) == 3.0)
print(hash(3+0j) == hash(3), hash(1.5+0j) == hash(1.5), hash(1j), hash(2-3j))
print(bool(0j), bool(1j), bool(complex(0, 0)), not 0j)
print(z.__add__(1), z.__radd__(1), (1.0).__add__(z), (1).__add__(z), z.__neg__(), z.__abs__())
print((-8.0) ** (1/3), (-1) ** 0.5, (-2.0) ** 1.5)
print(format(z, ""), format(z, ".2f"), format(1.5-2j, "^20"), f"{z:+.3e}", f"{1j:g}", f"{z!r:>12}")
print(str(1+2j), repr(1e-20+1e20j), complex(1e16, 1), complex(float("nan"), float("inf")))
print({1j: "a"}[1j], {3+0j: "x"}[3], [1j, 2j].index(2j), 1j in {1j, 2j})
for bad in [lambda: 1j / 0, lambda: 1j // 2, lambda: 1j % 2, lambda: 1j < 2j,
            lambda: 1j > 1, lambda: complex("1+"), lambda: complex("1", 2),
            lambda: complex(1, "2"), lambda: complex([]), lambda: complex(1, []),
            lambda: int(1j), lambda: float(1j), lambda: 0j ** -1, lambda: divmod(1j, 2),
            lambda: ~1j, lambda: complex(1, 2, 3), lambda: (1e200+1e200j) ** 2,
            lambda: abs(complex(1e308, 1e308)), lambda: round(1j), lambda: format(1j, "05")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

class C:
    def __complex__(self):
        return 5+6j
class F:
    def __float__(self):
        return 2.5
class Bad:
    def __complex__(self):
        return 1
print(complex(C()), complex(F()), complex(F(), F()))
try:
    complex(Bad())
except TypeError as e:
    print(e)
class MyComplex(complex):
    pass
m = MyComplex(1, 2)
print(m, type(m).__name__, m + 1, type(m + 1).__name__, m.real)
print(sum([1j, 2, 3.5]), 1j * 1j, (1+1j) ** 10, pow(2j, 3))
