# is vs ==: singletons, interning-independent checks, NotImplemented fallbacks.
print(None is None, True is True, [] is [], [] == [], () == (), type(None)() is None)
a = [1, 2]
b = a
c = list(a)
print(a is b, a is c, a == c, a is not c, id(a) == id(b), id(a) == id(c))
print(1 == 1.0, 1 == True, "1" == 1, None == 0, [] == (), {} == [], 0.1 + 0.2 == 0.3)
class E:
    def __eq__(self, other):
        print("E.__eq__ called")
        return NotImplemented
print(E() == E(), E() != 1)
x = E()
print(x == x, [x] == [x], x in [x])
class AlwaysEq:
    def __eq__(self, other):
        return True
print(AlwaysEq() == 5, 5 == AlwaysEq(), [AlwaysEq()] == [1], AlwaysEq() != 5)
print(type(NotImplemented).__name__, bool(Ellipsis), ... is Ellipsis, repr(...), repr(NotImplemented))
