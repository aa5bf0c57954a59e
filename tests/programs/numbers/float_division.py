# Float floor division and modulo: the sign follows the divisor.
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1, 0.3), (-1, 0.3)]:
    print(a, b, a // b, a % b, divmod(a, b))

print(5.0 % 5, -5.0 % 5, 0.0 % -3)
print(1e300 * 1e10, -1e300 * 1e10)
print(7 / 2.0, 7.0 // 2, 2 * 3.5)
print(0.1 + 0.2, 1 / 3, 2 / 3, 10 / 4)
print(float("inf") - float("inf") != float("inf") - float("inf"))
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0)]:
    for op in ("/", "//", "%"):
        try:
            eval(f"a {op} b")
        except ZeroDivisionError as e:
            print(a, op, b, "->", e)
