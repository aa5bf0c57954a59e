# A user mapping class (no dict base) implementing __getitem__,
# __setitem__, __delitem__, __len__, __iter__, __contains__, keys() and
# items(), used by dict(), **, in, for, and len.

class OrderedBag:
    def __init__(self, pairs=()):
        self._keys = []
        self._vals = []
        for k, v in pairs:
            self[k] = v
    def _find(self, key):
        for i, k in enumerate(self._keys):
            if k == key:
                return i
        return -1
    def __getitem__(self, key):
        i = self._find(key)
        if i < 0:
            raise KeyError(key)
        return self._vals[i]
    def __setitem__(self, key, value):
        i = self._find(key)
        if i < 0:
            self._keys.append(key)
            self._vals.append(value)
        else:
            self._vals[i] = value
    def __delitem__(self, key):
        i = self._find(key)
        if i < 0:
            raise KeyError(key)
        del self._keys[i]
        del self._vals[i]
    def __len__(self):
        return len(self._keys)
    def __iter__(self):
        return iter(list(self._keys))
    def __contains__(self, key):
        return self._find(key) >= 0
    def keys(self):
        return list(self._keys)
    def items(self):
        return list(zip(self._keys, self._vals))
    def get(self, key, default=None):
        return self[key] if key in self else default
    def __eq__(self, other):
        if isinstance(other, OrderedBag):
            return self.items() == other.items()
        if isinstance(other, dict):
            return dict(self.items()) == other
        return NotImplemented
    def __repr__(self):
        return "OrderedBag(%r)" % self.items()

bag = OrderedBag([("b", 2), ("a", 1)])
bag["c"] = 3
bag["a"] = 10
print(bag, len(bag), "a" in bag, "z" in bag, bag.get("z", "-"), list(bag))
del bag["b"]
print(bag, bag["c"])
for bad in [lambda: bag["missing"], lambda: bag.__delitem__("missing")]:
    try:
        bad()
    except KeyError as e:
        print("KeyError:", e)

print(dict(bag), {**bag, "d": 4})
def kw(**kwargs):
    return sorted(kwargs.items())
print(kw(**bag))
d = {}
d.update(bag)
print(d, bag == d, bag == {"a": 10}, bag == OrderedBag(bag.items()), bag != 5)
print(sorted(bag, reverse=True), [k * 2 for k in bag], max(bag), dict.fromkeys(bag, 0))
bag[(1, 2)] = "tuple key"
bag[[1]] = "unhashable keys work here"
print(bag.items()[-2:], [1] in bag)

# word counting with the mapping
counts = OrderedBag()
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
