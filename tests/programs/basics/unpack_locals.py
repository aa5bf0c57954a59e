"""Unpacking into local variables: tuples, lists, strings, a name twice, the wrong count, starred and nested targets."""
def f(pairs):
    out = []
    for p in pairs:
        a, b = p
        a, a = p
        out.append((a, b))
    x = [1, 2]
    x, y = x
    c, d, e = "abc"
    try:
        m, n = [1, 2, 3]
    except ValueError as err:
        out.append(str(err))
    try:
        m, n = (1,)
    except ValueError as err:
        out.append(str(err))
    return out, x, y, c, d, e
print(f([(1, 2), [3, 4], (5, 6)]))
a, b = 1, 2
a, b = b, a
print(a, b)
def g():
    first, *rest = [1, 2, 3]
    (p, q), r = (1, 2), 3
    return first, rest, p, q, r
print(g())
