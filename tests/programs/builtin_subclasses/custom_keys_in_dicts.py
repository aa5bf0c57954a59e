# int/tuple subclasses with __eq__/__hash__ overrides used as dict keys and
# set members; equality across subclass and base values.
class ModKey(int):
    MOD = 10
    def __eq__(self, other):
        if isinstance(other, int):
            return int(self) % self.MOD == int(other) % self.MOD
        return NotImplemented
    def __hash__(self):
        return hash(int(self) % self.MOD)

d = {ModKey(3): "three"}
print(d.get(13), d.get(ModKey(23)), d.get(4), 3 in d, 33 in d)
d[ModKey(13)] = "updated"
print(d, len(d), [type(k).__name__ for k in d])
d[5] = "plain five"
print(d.get(ModKey(15)), len(d))
s = {ModKey(1), ModKey(11), 21}
print(len(s), sorted(int(x) for x in s))
print(ModKey(7) == 17, 17 == ModKey(7), ModKey(7) == "7", [17, 7].index(ModKey(27)), [1, 11, 21].count(ModKey(1)))

class IdPair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def __eq__(self, other):
        return isinstance(other, tuple) and sorted(self) == sorted(other)
    def __hash__(self):
        return hash(tuple(sorted(self)))
edges = {IdPair(1, 2): "a-b", IdPair(3, 1): "c-a"}
print(edges.get(IdPair(2, 1)), edges.get(IdPair(1, 3)), IdPair(1, 2) in edges)
print(edges.get((1, 2)), (2, 1) in edges, edges.get((1, 3)))
print(IdPair(1, 2) == (2, 1), (2, 1) == IdPair(1, 2), len({IdPair(1, 2), IdPair(2, 1)}))

class Unhashable(int):
    __hash__ = None
try:
    {Unhashable(1): 0}
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(Unhashable(1))
except TypeError as e:
    print(type(e).__name__, e)
print(Unhashable(1) == 1, Unhashable(2) + 1)

class BadHash(str):
    def __hash__(self):
        return "not an int"
try:
    hash(BadHash("x"))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {BadHash("x")}
except TypeError as e:
    print(type(e).__name__, e)

class BigHash(int):
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash(1)) == hash(2 ** 100), {BigHash(1): 1}[BigHash(1)])

class CountingEq(str):
    eq_calls = 0
    def __eq__(self, other):
        CountingEq.eq_calls += 1
        return str.__eq__(self, other)
    __hash__ = str.__hash__
table = {CountingEq("k"): 1}
key = CountingEq("k")
print(table[key], "eq calls for equal-but-distinct key:", CountingEq.eq_calls)
print(table[str("k")], CountingEq.eq_calls >= 1)
