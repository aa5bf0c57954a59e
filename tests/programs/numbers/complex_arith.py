a = 3 + 4j
b = 1 - 2j
print(a + b, a - b, a * b, a / b, -a, +a, abs(a), a.conjugate())
print(a.real, a.imag, type(a.real), a == complex(3, 4), a != b)
print(complex(1), complex(1, 2), complex("1+2j"), complex(" 3-4j "), complex("j"), complex("-1.5e2j"))
print(1j * 1j, 1j ** 2, (1 + 1j) ** 2, 2 ** (1j), (0j) ** 0)
print(repr(complex(0, 0)), repr(complex(-0.0, 0)), repr(complex(0, -0.0)), complex(1e20, 1e-20))
print(complex(float("inf"), float("nan")), complex(2, 3) * 2, 2 * complex(2, 3), 1 / (1j))
for bad in ["1+", "j1", "1+2i", ""]:
    try:
        complex(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    (1 + 1j) / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    (1 + 1j) < (2 + 2j)
except TypeError as e:
    print("TypeError", e)
try:
    (1 + 1j) // 2
except TypeError as e:
    print("TypeError", e)
try:
    int(1 + 1j)
except TypeError as e:
    print("TypeError", e)
print(hash(complex(1, 0)) == hash(1), hash(1j) == hash(complex(0, 1)))
print(f"{a}", f"{a:.2f}", format(1.5 - 2.25j, "^20"), format(a, ""))
print(complex(1, 2) == (1 + 2j), (1 + 0j) == 1, bool(0j), bool(1e-300j))
