# A __repr__, __eq__ or __hash__ that empties the container being walked:
# lists and dicts are read afresh on each step, and what is being compared
# or printed stays alive (pyvm crashed here under GC stress).

L = []
D = {}
S = set()

class R:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        L.clear()
        D.clear()
        return f"R{self.n}"

L[:] = [R(1), R(2), R(3)]
print(L, L)
D.update({R(1): R(2), R(3): R(4)})
print(D, D)

class K:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return 1
    def __eq__(self, other):
        D.clear()
        S.clear()
        return False
    def __repr__(self):
        return f"K{self.n}"

for i in range(3):
    D[K(i)] = [i]
print(K(9) in D, len(D))
for i in range(3):
    S.add(K(i))
print(len(S), K(7) in {K(1), K(2)})

A, B = {}, {}
class V:
    def __eq__(self, other):
        A.clear()
        B.clear()
        return True
A.update({1: V(), 2: V()})
B.update({1: V(), 2: V()})
print(A == B, A, B)

t = (K(1), K(2))
print(t.count(K(3)), K(3) in t, t.index(t[1]))

def pairs():
    yield (K(1), 1)
    yield (K(2), 2)
    raise ValueError("stop")
d = {}
try:
    d.update(pairs())
except ValueError:
    pass
print(d)

s1 = {K(1), K(2), K(3)}
s2 = {K(4), K(5)}
print(len(s1 - s2), len(s1 & s2), s2 <= s1)
