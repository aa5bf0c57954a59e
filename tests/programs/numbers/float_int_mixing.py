# Mixed int/float arithmetic at the edges: exactness, overflow, signed zeros.
big = 2 ** 53
print(big + 1.0 == big, float(big + 1), big + 1 == float(big + 1), 2 ** 53 + 1 > float(2 ** 53))
print(10 ** 20 == 1e20, 10 ** 23 == 1e23, 10 ** 22 == 1e22, int(1e23))
print(-0.0 == 0.0, str(-0.0), repr(0.0 * -1), -0.0 + 0.0, abs(-0.0), 0.0 - 0.0)
print(1 / 3 + 1 / 3 + 1 / 3 == 1.0, 0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3)
print(7 // 2.0, -7 // 2.0, 7 % -2.0, -7.5 % 2, divmod(-7.5, 2), divmod(7, -2.5))
print(2 ** -1, 2 ** -2.0, (-2) ** 2, (-2.0) ** 3, 0 ** 0, 0.0 ** 0, 1 ** 10 ** 6)
print(float("inf") - float("inf") != float("inf") - float("inf"), float("inf") * 0)
print(1e308 + 1e308, -1e308 * 10, 1e-320 / 10, 5e-324 / 2, 2.0 ** -1074)
print(10 ** 400 > 1e308, 10 ** 400 < float("inf"), -(10 ** 400) < -1e308, 10 ** 400 == float("inf"))
print(max(1, 1.0), max(1.0, 1), min(0, -0.0), min(-0.0, 0), sum([0.1] * 10), sum([1, 2.5, 3]))
for expr in ["1 / 0", "1.0 / 0", "1 // 0.0", "1 % 0", "0.0 ** -1", "10 ** 400 / 1e-10", "float(10 ** 400)", "2.0 ** 5000", "divmod(1, 0.0)"]:
    try:
        print(expr, eval(expr))
    except (ZeroDivisionError, OverflowError) as e:
        print(expr, type(e).__name__ + ":", e)
print((10 ** 400) / (10 ** 399), (10 ** 400 + 1) // 3 % 1000, 10 ** 30 / 3)
print(int(-0.9), int(0.9), round(-0.5), round(0.5), round(1.5), round(2.5), round(-2.5))
