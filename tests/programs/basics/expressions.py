# Expression and assignment forms: multiple targets, del of several items, precedence, chaining.
x = [1, 2, 3]
del x[0], x[-1]
print(x)
a = b = c = 5
a += 1
print(a, b, c)
i, x[0] = 1, 99
print(i, x)
d = {}
d["k"] = d.get("k", 0) + 1
print(d)
s = "abc"
print(s * 2 == s + s, s is not s[:], s[::1] == s)
t = 1, 2, 3
(a, b), c = (1, 2), 3
print(a, b, c, *t)
print(1 if 0 else 2 if 0 else 3)
print([*range(3)], {**{"a": 1}, "b": 2}, (*"ab", *[1]))
n = 10
while n:
    n -= 3 if n > 3 else n
print(n)
print(not not 5, -(-5), ~~5, +-+5)
print(0 or "", "" and 0, None or [] or {} or 0)
print(3 // 2 * 2 + 3 % 2, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2, 10 - 3 - 2, 100 / 10 / 5)
print(1 < 2 == 2 > 1, 1 == 1 in [1], "a" < "b" < "c" != "d")
