# Floor division and modulo signs for ints, big ints and floats; divmod identities.
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (0, -5), (10 ** 20 + 1, 7), (-(10 ** 20) - 1, 7), (10 ** 20, -(10 ** 10) - 3)]
for a, b in pairs:
    q, r = divmod(a, b)
    assert q * b + r == a
    print(a // b, a % b, (q, r) == (a // b, a % b), -a // b, a % -b if b else 0)
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-0.0, 1), (0.0, -1), (5, 0.3), (-1e-300, 1e300), (1e300, 1e-300)]:
    print(a // b, a % b, divmod(a, b), math_mod := a - (a // b) * b == a % b)
print(True // 2, False % 3, 2 ** 64 // -1, -(2 ** 63) // -1, (-2 ** 63) % -1, 7 // True)
print(-3 % 10 ** 30, 3 % -(10 ** 30), -(10 ** 30) // 10 ** 29, 10 ** 30 % -7)
