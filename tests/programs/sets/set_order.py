# Sets of small ints iterate in CPython's slot order: insertions,
# deletions, growth, set algebra and copies.
print({3, 1, 2}, {10, 20, 30, 40, 50}, {8, 0, 1}, {100, 7, -1, 64, 32})
s = set()
for i in [17, 3, 33, 1, 49, 65, 2]:
    s.add(i)
    print(s)
for i in range(0, 100, 7):
    s.add(i)
print(s, len(s))
for i in [17, 33, 0, 7]:
    s.discard(i)
print(s)
s.add(33)
s.add(-5)
print(s)
print(set(range(20, 0, -3)), frozenset([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]), set([1000, 8, 16, 24]))
a = {1, 2, 3, 40, 50, 60, 700}
b = {3, 700, 9, 10, 11, 40}
print(a | b, a & b, a - b, a ^ b, b | a, b & a, b - a, b ^ a)
print(a.union(b, [99, 8]), a.intersection(b, {3, 700}), a.difference(b, [1]), a.symmetric_difference([5, 1, 9]))
c = set(a)
c |= {65, 129}
print(c)
c &= {1, 2, 65, 129, 700, 9999}
print(c)
c -= {2}
print(c)
c ^= {1, 5, 6}
print(c)
c.update(range(30, 35), {100, 200})
print(c)
c.intersection_update(range(0, 300, 5))
print(c)
c.difference_update([100, 30])
print(c)
c.symmetric_difference_update([1, 2, 3, 35])
print(c)
d = set(range(40))
for i in range(0, 40, 2):
    d.remove(i)
print(d)
popped = [d.pop() for _ in range(5)]
print(popped, d)
d.clear()
d.update([5, 3, 1])
print(d, d.copy(), set(d), frozenset(d))
big = {i * i for i in range(30)}
print(big)
print({x % 13 for x in range(100)}, {-1, -2, -3, 0, 1})
print(set({5: 'a', 3: 'b', 11: 'c', 1: 'd'}), set({9: 1, 1: 1}.keys()))
print({2**40, 2**33, 1, 2**61 - 1, 2**61, 2**62, -2**62}, {1.5, 0.5, 2.0, 3.25})
print({True, 2, 0, False, 1.0}, {(1, 2), 3} == {3, (1, 2)}, frozenset({1}) in {frozenset({1})}, {1} in {frozenset({1})})
e = {1, 2, 3}
e.discard({1})
print(e, {1, 2}.isdisjoint({3}), {1, 2} <= {1, 2, 3}, {1, 2, 3} > {1, 2})
print(list({33, 1, 65}), sorted({33, 1, 65}), tuple({129, 1}), [x for x in {12, 4, 20}])
for items in [[5, 13, 21, 29, 37, 45], list(range(100, 0, -11)), [0, 64, 128, 32, 96]]:
    t = set()
    for item in items:
        t.add(item)
    t.discard(items[0])
    t.add(items[0] + 1)
    print(t, t | set(items), set(items) - t)
