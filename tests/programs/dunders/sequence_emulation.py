# A mutable sequence class backed by a list, normalising negative indices
# and slices itself, and used by builtins that expect sequences.

class Deque:
    def __init__(self, items=()):
        self._items = list(items)
    def __repr__(self):
        return "Deque(%r)" % self._items
    def __len__(self):
        return len(self._items)
    def _index(self, i):
        if not isinstance(i, int):
            raise TypeError("Deque indices must be integers or slices, not %s" % type(i).__name__)
        n = len(self)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("Deque index out of range")
        return i
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Deque(self._items[j] for j in range(*i.indices(len(self))))
        return self._items[self._index(i)]
    def __setitem__(self, i, value):
        if isinstance(i, slice):
            start, stop, step = i.indices(len(self))
            if step != 1:
                raise ValueError("only contiguous slices can be assigned")
            self._items[start:stop] = list(value)
        else:
            self._items[self._index(i)] = value
    def __delitem__(self, i):
        if isinstance(i, slice):
            for j in sorted(range(*i.indices(len(self))), reverse=True):
                del self._items[j]
        else:
            del self._items[self._index(i)]
    def __iter__(self):
        return iter(self._items)
    def __reversed__(self):
        return reversed(self._items)
    def __contains__(self, x):
        return x in self._items
    def __eq__(self, other):
        if isinstance(other, Deque):
            return self._items == other._items
        return NotImplemented
    def __add__(self, other):
        if isinstance(other, Deque):
            return Deque(self._items + other._items)
        return NotImplemented
    def __iadd__(self, other):
        self._items.extend(other)
        return self
    def __mul__(self, n):
        return Deque(self._items * n)
    __rmul__ = __mul__
    def appendleft(self, x):
        self._items.insert(0, x)
    def rotate(self, k):
        if self._items:
            k %= len(self)
            self[:] = self[-k:]._items + self[:-k]._items if k else self._items

d = Deque("abcdef")
print(d, len(d), d[0], d[-1], d[1:4], d[::-2], d[::2], d[10:])
d[0] = "A"
d[-1] = "F"
d[1:3] = ["x", "y", "z"]
print(d)
del d[0]
del d[::2]
print(d, "y" in d, "q" in d, list(reversed(d)))
d += "mn"
alias = d
d += Deque("o")
print(d, alias is d, d + Deque("!"), 2 * Deque([0]), Deque([1]) * 3)
d.appendleft("<")
print(d, sorted(d), "".join(d), d.__len__(), bool(Deque()), bool(d))
r = Deque(range(6))
r.rotate(2)
print(r)
r.rotate(-1)
print(r)

def t(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)
t("index out of range", lambda: d[100])
t("bad index type", lambda: d["a"])
t("extended slice assign", lambda: d.__setitem__(slice(None, None, 2), "xy"))
t("d == list", lambda: d == list(d))
t("d + list", lambda: d + [1])
t("min/max", lambda: (min(Deque([3, 1, 2])), max(Deque([3, 1, 2]))))
t("enumerate", lambda: list(enumerate(Deque("ab"), 1)))
t("zip", lambda: list(zip(Deque([1, 2]), Deque("xy"))))
t("sum", lambda: sum(Deque([1, 2, 3])))
t("unpack", lambda: (lambda a, *b: (a, b))(*Deque([1, 2, 3])))
t("str.join", lambda: "-".join(Deque(["a", "b"])))
t("list.extend", lambda: [0] + list(Deque([1])))
t("in via __contains__", lambda: 3 in Deque([1, 2, 3]))
t("hash", lambda: hash(Deque()))
