# Sets of small ints: operations, comparisons, mutation methods and errors.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, b - a, a <= a, a < a, {1} < a, a > {1, 2}, a.isdisjoint({9}))
print(a.union([7], (8,)), a.intersection(range(3)), a.difference({1}, {2}), a.symmetric_difference([4, 9]))
c = set(a)
c |= {10}
c &= {1, 2, 10}
c -= {2}
c ^= {1, 11}
print(sorted(c))
c.add(3); c.discard(99); c.remove(3)
try:
    c.remove(99)
except KeyError as e:
    print("KeyError:", e)
print(c.pop() in {10, 11}, len(c), set(), frozenset(), frozenset({1, 2}) == {1, 2}, {1, 2} == frozenset({2, 1}))
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    set().pop()
except KeyError as e:
    print("KeyError:", e)
f = frozenset([1, 2])
print(hash(f) == hash(frozenset([2, 1])), {f: "key"}[frozenset({1, 2})], type(f | {3}).__name__, type({3} | f).__name__)
print({1, 2}.issubset([1, 2, 3]), {1, 2}.issuperset(range(2)), {True, 1, 1.0}, len({0, False, 0.0}))
s = {1, 2}
s.update([3], {4})
s.intersection_update({1, 2, 3})
s.difference_update([1])
print(s, s.copy() == s, s.copy() is s)
