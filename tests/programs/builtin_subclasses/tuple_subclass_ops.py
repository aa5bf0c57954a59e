# Operations on tuple subclasses return plain tuples; overridden methods are
# seen by the operations that look them up.
class T(tuple):
    pass

t = T((1, 2, 3, 2))
print(t, repr(t), type(t).__name__, len(t), t.count(2), t.index(3))
for value in [t[1:], t[::-1], t[:], t + (4,), (0,) + t, t * 2, 2 * t, t * 1, tuple(t), t[0:4]]:
    print(value, type(value).__name__)
u = t
t += (5,)
print(t, type(t).__name__, u, type(u).__name__, u is t)
v = T((1,))
w = v
v *= 3
print(v, type(v).__name__, w)
print(t == (1, 2, 3, 2, 5), t < (2,), hash(T((1, 2))) == hash((1, 2)), 3 in t, sorted(t), min(t), max(t))
print(T(), repr(T()), bool(T()), T(range(3)), T("ab"), T({"k": 1}))

class Reversed(tuple):
    def __iter__(self):
        return iter(tuple(super().__iter__())[::-1])
r = Reversed((1, 2, 3))
print(list(r), tuple(r), [x for x in r], sorted(r), r[0], r, repr(r), str(r))
a, b, c = r
print(a, b, c, *r, list(reversed(r)), set(r) == {1, 2, 3}, max(r), sum(r))
print("-".join(map(str, r)), list(enumerate(r)), list(zip(r, "xyz")), 2 in r)

class Len5(tuple):
    def __len__(self):
        return 5
    def __getitem__(self, i):
        if isinstance(i, int):
            return ("item", tuple.__getitem__(self, i))
        return tuple.__getitem__(self, i)
    def __contains__(self, x):
        return x == "anything"
l5 = Len5((7, 8))
print(len(l5), bool(l5), l5[0], l5[0:1], type(l5[0:1]).__name__, "anything" in l5, 7 in l5)
print(l5 == (7, 8), l5.count(7), l5.index(8), l5 + (9,))
