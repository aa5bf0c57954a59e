# __len__, __bool__ and __contains__ overrides on list subclasses: len(),
# bool() and `in` see them; list methods and iteration use the real storage.
class Padded(list):
    def __len__(self):
        return list.__len__(self) + 100

p = Padded([1, 2, 3])
print(len(p), bool(p), bool(Padded()), list.__len__(p))
print(list(p), [x for x in p], p[2], p[-1], p.index(2), p.count(1))
print(repr(p), p == [1, 2, 3], sum(p), sorted(p), p[1:], list(reversed(p)))
print("loop", [x for x in p])
try:
    p[3]
except IndexError as e:
    print(type(e).__name__, e)
p.append(4)
print(len(p), p.pop(), len(p))

class Empty(list):
    def __bool__(self):
        return False
e = Empty([1, 2])
print(bool(e), len(e), "truthy" if e else "falsy", not e, e or "fallback", e and "never")

class NegLen(list):
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as err:
    print(type(err).__name__, err)
try:
    bool(NegLen())
except ValueError as err:
    print(type(err).__name__, err)

class StrLen(list):
    def __len__(self):
        return "3"
try:
    len(StrLen())
except TypeError as err:
    print(type(err).__name__, err)

class Huge(list):
    def __len__(self):
        return 2 ** 70
try:
    len(Huge())
except OverflowError as err:
    print(type(err).__name__, err)

class Everything(list):
    def __contains__(self, item):
        print("  __contains__", item)
        return True
ev = Everything([1])
print(5 in ev, 5 not in ev, ev.count(5), ev.index(1))
try:
    ev.index(5)
except ValueError as err:
    print(type(err).__name__, err)
try:
    ev.remove(5)
except ValueError as err:
    print(type(err).__name__, err)

class Counter(list):
    def __len__(self):
        return 2
    def __iter__(self):
        return iter(["a", "b", "c"])
c = Counter([1])
print(len(c), list(c), tuple(c), c[0], repr(c), bool(c))
