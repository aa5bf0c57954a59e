# Floor division and modulo follow the sign of the divisor.
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (0, -5), (1, 1), (-1, 1)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), (a // b) * b + a % b == a)
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2.0), (0.0, -3.0), (-0.0, 3.0), (1e300, 1e-300)]
for a, b in fpairs:
    print(a, b, a // b, a % b, divmod(a, b))
print(-1e-20 % 1.0, 1e-20 % -1.0)
print(10**30 // 7, 10**30 % 7, -(10**30) // 7, -(10**30) % 7)
print(divmod(-(10**25), 10**12), divmod(10**25, -(10**12)))
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (10**40, 0)]:
    for op in ("//", "%", "divmod"):
        try:
            if op == "//":
                a // b
            elif op == "%":
                a % b
            else:
                divmod(a, b)
        except ZeroDivisionError as e:
            print(op, type(a).__name__, type(b).__name__, "->", e)
print(True // 1, True % 2, False // True)
print(float("inf") // 1, float("inf") % 1 if False else "skip")
print(5 % float("inf"), -5 % float("inf"), 5 // float("inf"), -5 // float("inf"))
