a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection(b, {4}), a.difference(b, {1}), a.symmetric_difference([1, 10]))
print(a <= a, a < a, {3} < a, a >= {1, 2}, a.issubset(range(10)), a.issuperset([1]), a.isdisjoint({7}))
c = set(a)
c |= {10}
c &= {1, 2, 10}
c -= {1}
c ^= {2, 3}
print(c)
f = frozenset("abc")
print(sorted(f), type(f | {"d"}).__name__, type({"d"} | f).__name__, frozenset() == set())
print({frozenset({1, 2}): "key"}[frozenset({2, 1})])
s = {1, 2}
s.add(2); s.discard(5); s.update([3], (4,), {5})
print(s, s.pop() in {1, 2, 3, 4, 5}, len(s))
for op in [lambda: s.remove(99), lambda: set().pop(), lambda: {[]}, lambda: s | [1],
           lambda: frozenset().add(1), lambda: s < [1], lambda: set(1)]:
    try:
        op()
    except Exception as e:
        print(type(e).__name__, e)
print(set("hello"), sorted(set("hello")), {x % 3 for x in range(10)})
print(set(), frozenset(), repr({1}), repr(frozenset({1})), set([1, 1.0, True]))
words = ["apple", "banana", "cherry"]
letters = [set(w) for w in words]
print(sorted(set.intersection(*letters)), sorted(set.union(*letters)))
print(sorted({3, 1, 2}), max({3, 1, 2}), sum({1, 2, 3}), 2 in {1, 2}, [] == [] and {1} == {1})
t = {1, 2, 3}
t.intersection_update({2, 3, 4}); print(t)
t.difference_update([3]); print(t)
t.symmetric_difference_update({2, 9}); print(t)
print(t.copy() == t, t.copy() is t, t.clear(), t)
