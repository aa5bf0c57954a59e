# Keyword-only and positional-only parameters and their errors.
def kw(a, *, b, c=3):
    return a, b, c
print(kw(1, b=2), kw(a=1, b=2, c=4))
def pos(a, b, /, c, *, d):
    return a, b, c, d
print(pos(1, 2, 3, d=4), pos(1, 2, c=3, d=4))
def pos_kw(a, /, **kwargs):
    return a, kwargs
print(pos_kw(1, a=2))
for call in [lambda: kw(1, 2), lambda: kw(1), lambda: pos(1, b=2, c=3, d=4), lambda: pos(1, 2, 3, 4),
             lambda: kw(1, b=2, z=0), lambda: kw(b=1), lambda: pos()]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
