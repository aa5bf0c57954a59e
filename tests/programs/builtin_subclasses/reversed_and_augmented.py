# __reversed__, __iadd__, __imul__ and __contains__ overrides on list/tuple
# subclasses, and what happens without them.
class Ring(list):
    def __reversed__(self):
        print("  __reversed__")
        return iter(["custom"])
r = Ring([1, 2, 3])
print(list(reversed(r)), list(reversed(list(r))), r[::-1])
r.reverse()
print(r)

class Plain(list):
    pass
print(list(reversed(Plain("abc"))), type(reversed(Plain("ab"))).__name__)

class Acc(list):
    def __iadd__(self, other):
        print("  __iadd__", other)
        self.extend(x * 10 for x in other)
        return self
    def __imul__(self, n):
        print("  __imul__", n)
        return Acc(list(self) * n + ["marker"])
a = Acc([1])
alias = a
a += [2, 3]
print(a, a is alias)
a *= 2
print(a, a is alias, alias, type(a).__name__)

class NoIadd(list):
    def __add__(self, other):
        print("  __add__", other)
        return NoIadd(list(self) + list(other) + ["from add"])
n = NoIadd([0])
alias = n
n += [1]
print(n, n is alias, "list.__iadd__ wins over __add__")
n = n + [2]
print(n, type(n).__name__)

class T(tuple):
    def __add__(self, other):
        print("  T.__add__")
        return T(tuple(self) + tuple(other))
t = T((1,))
t += (2,)
print(t, type(t).__name__)
t2 = T((1,))
t2 = (0,) + t2
print(t2, type(t2).__name__)

holder = ([1],)
try:
    holder[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(holder)

class ReturnsNone(list):
    def __iadd__(self, other):
        super().__iadd__(other)
x = ReturnsNone([1])
x += [2]
print(x)

class NotImpl(list):
    def __iadd__(self, other):
        return NotImplemented
y = NotImpl([1])
y += [2]
print(y, type(y).__name__)
try:
    y = NotImpl([1])
    y += (2,)
except TypeError as e:
    print(type(e).__name__, e)
