# The default __ne__ inverts __eq__ unless __eq__ returns NotImplemented;
# __eq__ does not supply ordering, and a class can define everything.

log = []

class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        log.append("eq")
        if not isinstance(other, E):
            return NotImplemented
        return self.v == other.v

print(E(1) != E(1), E(1) != E(2), log)
log.clear()
print(E(1) != 3, log)
log.clear()
print(3 != E(1), log)

class WeirdEq:
    def __eq__(self, other):
        return "truthy string"
print(WeirdEq() != 1, WeirdEq() == 1)

class ZeroEq:
    def __eq__(self, other):
        return 0
print(ZeroEq() != 1)

class RaisingBool:
    def __bool__(self):
        raise ValueError("no truth")
class ReturnsRaising:
    def __eq__(self, other):
        return RaisingBool()
r = ReturnsRaising() == 1
print(type(r).__name__)
try:
    ReturnsRaising() != 1
except ValueError as e:
    print("ValueError:", e)
try:
    if ReturnsRaising() == 1:
        pass
except ValueError as e:
    print("ValueError in if:", e)
try:
    print(ReturnsRaising() in [1])
except ValueError as e:
    print("ValueError in 'in':", e)

# inherited __eq__, overridden __ne__
class Parent:
    def __eq__(self, other):
        return True
class Child(Parent):
    def __ne__(self, other):
        return "child ne"
print(Child() != 1, Child() == 1, Parent() != 1)

# explicit dunder calls
print(E(1).__eq__(E(1)), E(1).__ne__("x"))
print((1).__eq__(1.0), (1).__eq__("1"), "a".__ne__("a"), "a".__lt__(3))
print([1].__eq__([1]), (1,).__ne__((2,)), {1: 2}.__eq__({1: 2}), {1}.__le__({1, 2}))
