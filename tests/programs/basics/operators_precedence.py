print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2, 10 - 4 - 3, 100 / 10 / 5, 2 * 3 % 4)
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 != 2, not 1 == 2, not (1 and 0), 1 or 0 and 0, (1 or 0) and 0)
print(5 & 3 | 8, 5 | 3 & 1, 1 << 2 + 1, ~5 & 0xF, -7 // 2 * 2, 7 % -3 ** 2)
print("a" + "b" * 3, ("a" + "b") * 2, [1] + [2] * 2, 3 * (1,) + (2,))
print(None or "default", "" or 0 or [], 0 and 1 / 0, [] and "never", "x" and "y")
print(1 if 0 else 2 if 0 else 3, (lambda: 1 if True else 2)(), [i for i in range(5) if i % 2 if i > 1])
print(1 in [1, 2] == True, (1 in [1, 2]) == True, not 1 in [2], print is not None, type(1) is int)
a = [1, 2, 3]
b = a
b += [4]
t = (1, 2)
u = t
u += (3,)
print(a, b is a, t, u, u is t)
x = y = z = 0
x += 1; y -= 1; z ^= 5
print(x, y, z, (n := 7) * 2, n)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 10 // 3 + 10 % 3 * 1.0, round(7 / 3, 4))
