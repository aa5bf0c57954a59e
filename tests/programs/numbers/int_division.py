# True division, floor division and modulo with every sign combination.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (0, 5), (1, 7)]
for a, b in pairs:
    print(a, b, a / b, a // b, a % b, divmod(a, b))
    assert (a // b) * b + a % b == a

print(10 // 3, 10 % 3, -10 // 3, -10 % 3)
print(True // 1, True % 2, False / 1)
print(2**62 // 3, -(2**62) // 3, 2**63 // -1)
