# Overridden __setitem__/__delitem__ are used by item assignment syntax but
# not by list methods such as append, extend, insert, sort or pop.
class Logged(list):
    def __setitem__(self, index, value):
        print("  __setitem__", index, value)
        super().__setitem__(index, value)
    def __delitem__(self, index):
        print("  __delitem__", index)
        super().__delitem__(index)

log = Logged([1, 2, 3])
log[0] = 10
log[1:2] = [20, 21]
log[-1] += 5
del log[0]
del log[:1]
print(log)
print("methods:")
log.append(4)
log.extend([5, 6])
log.insert(0, 0)
log += [7]
log *= 1
log.sort(reverse=True)
log.reverse()
log.remove(7)
print(log.pop(), log.pop(0))
log.clear()
print(log)
log.extend("ab")
print(log)
print("via list methods directly:")
list.__setitem__(log, 0, "z")
print(log)
print("swap:")
log[0], log[1] = log[1], log[0]
print(log)

class Validated(list):
    def __init__(self, items=()):
        super().__init__()
        for item in items:
            self.append(item)
    def _check(self, value):
        if not isinstance(value, int):
            raise TypeError(f"only ints allowed, got {type(value).__name__}")
        return value
    def __setitem__(self, index, value):
        if isinstance(index, slice):
            value = [self._check(v) for v in value]
        else:
            value = self._check(value)
        super().__setitem__(index, value)
    def append(self, value):
        super().append(self._check(value))
v = Validated([1, 2])
v[0] = 5
v.append(3)
print(v)
for action in [lambda: v.__setitem__(1, "x"), lambda: v.append(2.5), lambda: v.__setitem__(slice(0, 1), ["a"])]:
    try:
        action()
    except TypeError as e:
        print(type(e).__name__, e)
v.extend(["sneaky"])
v.insert(0, None)
print(v)
try:
    v[10] = 1
except IndexError as e:
    print(type(e).__name__, e)
