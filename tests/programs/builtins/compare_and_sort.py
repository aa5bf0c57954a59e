"""List and tuple comparisons with user __eq__/__lt__ (lists that change while compared), and sorts of ints, floats (with -0.0 and NaN), strs, tuples and keys."""
class A:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("eq", self.v, getattr(o, "v", o))
        return isinstance(o, A) and self.v == o.v
    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v
print([A(1)] == [A(1), 2], [A(1)] != [A(2), 3])
print([A(1), A(2)] < [A(1), A(3)], (A(1), A(2)) < (A(1), A(3)))
print([1, 2, 3] < [1, 2], (1, 2) <= (1, 2), [1, [2, 3]] == [1, [2, 3]], (1, (2,)) > (1, (1, 5)))
class Shrink:
    def __init__(self, lst): self.lst = lst
    def __eq__(self, o):
        self.lst.clear()
        return False
    def __lt__(self, o): return True
big = []
big.extend([Shrink(big), 1, 2])
other = [5, 1, 2]
print(big < other, big, len(other))
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]), sorted([[3, 1], [2, 9], [3, 0]]))
import gc
class Drop:
    def __init__(self, lst): self.lst = lst
    def __eq__(self, o):
        self.lst.clear(); gc.collect(); return False
    def __lt__(self, o): gc.collect(); return False
l1 = []; l1.append(Drop(l1)); l2 = [Drop([])]
print(l1 < l2, l1 == l2)
import random
r = random.Random(5)
ints = [r.randrange(-50, 50) for _ in range(300)]
floats = [r.random() * 10 - 5 for _ in range(300)] + [0.0, -0.0, 0.0, -0.0]
strs = ["".join(r.choice("abcé€😀") for _ in range(r.randrange(0, 4))) for _ in range(300)]
for data in (ints, floats, strs):
    print(sorted(data)[:20], sorted(data, reverse=True)[:20])
z = [0.0, -0.0, -0.0, 0.0]
print(sorted(z), sorted(z, reverse=True), [str(x) for x in sorted(z)])
pairs = [(x % 5, i) for i, x in enumerate(ints)]
print(sorted(pairs, key=lambda p: p[0])[:30])
print(sorted(["b", "a", "B", "é", "e"], key=str.lower))
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0]))
print(sorted([1, 2.5, True, -3]))
big = [10**30, 5, -10**30]
print(sorted(big))
l = [3, 1, 2]; l.sort(reverse=True); print(l)
