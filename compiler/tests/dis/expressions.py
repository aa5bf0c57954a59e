# Expressions: operators, comparisons, boolean logic, literals, subscripts,
# attributes, conditional expressions, walrus, and constant folding.
a = 1
b = 2.5
c = -a + +b * ~a
d = a ** 2 // 3 % 4 - b / 5
e = a << 2 >> 1 & 0xFF | 0x10 ^ 3
f = a @ b
g = not a
h = a and b or c
i = a if b else c
j = a < b <= c != d == e > f >= g
k = a is None, a is not None, a in b, a not in b
l = [a, b, *c]
m = (a, b, *c)
n = {a, b, *c}
o = {'x': a, **d, 'y': b}
p = {}
q = ()
r = a[0], a[1:2], a[::3], a[b:], a[:, 1], a[...]
s = a.b.c
t = (u := a + 1) * u
v = 2 ** 10 - 1, 'ab' * 3, (1, 2) + (3,), -(-5), not True
w = b'bytes' + b'more', 'str' 'ing', 1_000_000, 0o17, 0b101, 1e10, 3j
x = None, True, False, ..., 1.5, 'é'
y = a if not b else (c if d else e)
z = -a if a < 0 else a
