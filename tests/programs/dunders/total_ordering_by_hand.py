# A version-number class defining all rich comparisons by hand, used with
# sorted(), min(), max(), list.sort() and bisect-like code.

class Version:
    def __init__(self, text):
        self.text = text
        self.parts = tuple(int(p) for p in text.split("."))
    def __repr__(self):
        return "Version(%r)" % self.text
    def _key(self, other):
        if isinstance(other, Version):
            return other.parts
        if isinstance(other, str):
            return Version(other).parts
        return None
    def __eq__(self, other):
        k = self._key(other)
        return NotImplemented if k is None else self.parts == k
    def __lt__(self, other):
        k = self._key(other)
        return NotImplemented if k is None else self.parts < k
    def __le__(self, other):
        k = self._key(other)
        return NotImplemented if k is None else self.parts <= k
    def __gt__(self, other):
        k = self._key(other)
        return NotImplemented if k is None else self.parts > k
    def __ge__(self, other):
        k = self._key(other)
        return NotImplemented if k is None else self.parts >= k
    def __hash__(self):
        return hash(self.parts)

vs = [Version(t) for t in ["1.10", "1.2", "1.2.1", "0.9", "2.0", "1.2"]]
print(sorted(vs))
print(sorted(vs, reverse=True))
print(min(vs), max(vs))
print(Version("1.2") == "1.2", "1.2" == Version("1.2"), "1.3" > Version("1.2"))
print(Version("1.2") < "1.10", "1.10" <= Version("1.2"))
print(Version("1.0") == 1, Version("1.0") != 1)
try:
    Version("1.0") < 1
except TypeError as e:
    print("TypeError:", e)
print(len({Version("1.0"), Version("1.0"), Version("1.0.0")}))
vs.sort(key=lambda v: (len(v.parts), v))
print(vs)

def insort(seq, item):
    lo, hi = 0, len(seq)
    while lo < hi:
        mid = (lo + hi) // 2
        if item < seq[mid]:
            hi = mid
        else:
            lo = mid + 1
    seq.insert(lo, item)

ordered = []
for t in ["3.1", "1.0", "2.5", "2.10", "0.1", "2.5"]:
    insort(ordered, Version(t))
print(ordered)
print(Version("2.5") in ordered, ordered.index(Version("2.5")), ordered.count("2.5"))

# sort stability with equal keys
class Item:
    def __init__(self, key, tag):
        self.key, self.tag = key, tag
    def __lt__(self, other):
        return self.key < other.key
    def __repr__(self):
        return "%s%s" % (self.key, self.tag)
items = [Item(2, "a"), Item(1, "b"), Item(2, "c"), Item(1, "d"), Item(0, "e")]
print(sorted(items), max(items), min(items))
print(sorted(items, reverse=True))
