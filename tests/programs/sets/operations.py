# set and frozenset operations, printed in sorted order.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(a <= a, {1, 2} < a, a >= {1}, a > a, {1, 2}.isdisjoint({3}), {1}.issubset(a), a.issuperset({1, 9}))
s = set()
s.add(3); s.add(1); s.add(3)
s.update([5, 6], (7,))
s.discard(42); s.discard(5)
s.remove(6)
print(sorted(s), len(s), 3 in s, 42 not in s)
print(sorted(a.union(b, [10])), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
f = frozenset([1, 2, 2, 3])
print(len(f), sorted(f), f == {1, 2, 3}, hash(f) == hash(frozenset({3, 2, 1})), {f: "ok"}[frozenset({1, 2, 3})])
c = a.copy()
c.intersection_update(b)
d = a.copy()
d.difference_update(b)
print(sorted(c), sorted(d), sorted(a))
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
print(set(), frozenset(), {1} == frozenset({1}), set("aab") == {"a", "b"})
x = {1, 2}
x |= {3}
x -= {1}
x &= {2, 3, 4}
x ^= {9}
print(sorted(x), sorted({n % 3 for n in range(10)}))
