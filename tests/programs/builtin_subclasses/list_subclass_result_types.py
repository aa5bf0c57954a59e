# Which list operations on a subclass return the subclass (in-place ones) and
# which return a plain list.
class L(list):
    pass

a = L([3, 1, 2])
checks = {
    "slice": a[1:],
    "full slice": a[:],
    "step slice": a[::2],
    "concat": a + [9],
    "rconcat": [9] + a,
    "repeat": a * 2,
    "rrepeat": 2 * a,
    "copy()": a.copy(),
    "list()": list(a),
    "sorted()": sorted(a),
    "reversed list": list(reversed(a)),
    "comprehension": [x for x in a],
    "star": [*a],
}
for label, value in checks.items():
    print(f"{label:14} {value!r:12} {type(value).__name__}")
b = a
a += [4]
print(a, type(a).__name__, a is b)
a *= 2
print(a, type(a).__name__, a is b)
a.sort()
print(a, type(a).__name__, a.reverse(), a)
a[1:3] = [7]
print(a, type(a).__name__)
del a[::2]
print(a, len(a))

class Tagged(list):
    def __init__(self, items=(), tag=None):
        super().__init__(items)
        self.tag = tag
    def __add__(self, other):
        return Tagged(list(self) + list(other), self.tag)
    def __getitem__(self, index):
        result = super().__getitem__(index)
        if isinstance(index, slice):
            return Tagged(result, self.tag)
        return result
    def copy(self):
        return Tagged(self, self.tag)
t = Tagged([1, 2, 3], tag="T")
for value in [t + [4], t[1:], t.copy(), t[0], t[:] + [0], [0] + t]:
    print(repr(value), type(value).__name__, getattr(value, "tag", "-"))
print(t * 2, type(t * 2).__name__)
try:
    a + (1,)
except TypeError as e:
    print(type(e).__name__, e)
a += (5, 6)
print(a)
try:
    a * "x"
except TypeError as e:
    print(type(e).__name__, e)
