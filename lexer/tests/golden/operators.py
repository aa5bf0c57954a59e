a = (b + c - d * e / f // g % h ** i @ j) << 1 >> 2 & 3 | 4 ^ ~5
a += 1; a -= 1; a *= 1; a /= 1; a //= 1; a %= 1; a **= 1; a @= 1
a &= 1; a |= 1; a ^= 1; a <<= 1; a >>= 1
a == b != c < d > e <= f >= g
def f(x: int, *args, **kw) -> None: ...
[x for x in y if (n := x)]
{a: b}, {c}, x[1:2:3], x.y, ..., ....
