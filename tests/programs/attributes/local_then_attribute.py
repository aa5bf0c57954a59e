# A local, then an attribute of it (`self.x`, `node.link`): the pair is
# fused when the attribute's inline cache has it, and anything else is
# left to the attribute load itself, whose errors and line numbers must
# stay as they are.
import sys


class Node:
    kind = "node"

    def __init__(self, value, link=None):
        self.value = value
        self.link = link

    def total(self):
        node = self
        total = 0
        while node is not None:
            total += node.value
            node = node.link
        return total


class Fallback:
    def __init__(self):
        self.present = "present"

    def __getattr__(self, name):
        return "fallback " + name


class Temperature:
    def __init__(self, celsius):
        self._celsius = celsius

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @property
    def broken(self):
        raise ValueError("broken getter")


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a


class Loud:
    def __getattribute__(self, name):
        return "getattribute " + name


def read_value(obj):
    return obj.value


def read_kind(obj):
    return obj.kind


def read_missing(obj):
    return obj.missing


def read_a(obj):
    return obj.a


def read_b(obj):
    return obj.b


def read_present(obj):
    return obj.present


def read_fahrenheit(obj):
    return obj.fahrenheit


def read_broken(obj):
    return obj.broken


def either(first, second):
    return (first or second).value


def line_of(error):
    tb = error.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    return tb.tb_frame.f_code.co_name, tb.tb_lineno


# Hits: the same site again and again, on instances of one class and of
# several (each gets its own cache entry).
chain = None
for i in range(10):
    chain = Node(i, chain)
print(chain.total())
print([read_value(Node(i)) for i in range(5)])


class Other:
    def __init__(self, value):
        self.value = value


print([read_value(cls(i)) for i in range(3) for cls in (Node, Other)])

# Class attributes, through an instance and through the class itself, and
# after the class attribute changes.
print(read_kind(Node(1)), read_kind(Node), read_kind(Other(1)) if hasattr(Other, "kind") else "-")
Node.kind = "changed"
print(read_kind(Node(1)), read_kind(Node))
shadow = Node(2)
shadow.kind = "instance"
print(read_kind(shadow), read_kind(Node(3)))

# Misses: the instance dict changes under the cache.
node = Node(7)
print(read_value(node))
del node.value
try:
    read_value(node)
except AttributeError as error:
    print("AttributeError:", error, line_of(error))
node.__dict__["value"] = "back"
print(read_value(node))
node.__dict__.clear()
node.extra = 1
node.value = "again"
print(read_value(node), node.extra)

# Values that are not instances: ints, strs, modules, classes.
print(read_value.__name__)
for obj in [1, "text", sys, Node]:
    try:
        print(read_missing(obj))
    except AttributeError as error:
        print("AttributeError:", error, line_of(error))

# __getattr__ and __getattribute__.
fallback = Fallback()
print(read_present(fallback), read_missing(fallback), read_value(fallback))
print(read_value(Loud()), read_missing(Loud()))

# Properties: the getter runs, and its error comes from inside it.
warm = Temperature(100)
for celsius in [0, 37, 100]:
    print(read_fahrenheit(Temperature(celsius)), read_fahrenheit(warm))
try:
    read_broken(warm)
except ValueError as error:
    print("ValueError:", error, line_of(error))

# Slots, set and unset.
slotted = Slotted(5)
print(read_a(slotted), read_a(Slotted("x")))
try:
    read_b(slotted)
except AttributeError as error:
    print("AttributeError:", error, line_of(error))
slotted.b = 6
print(read_b(slotted))
del slotted.a
try:
    read_a(slotted)
except AttributeError as error:
    print("AttributeError:", error, line_of(error))

# A jump to the attribute load, with the other operand on the stack.
print(either(None, Node("second")), either(Node("first"), None))

# An unbound local raises at its own load, not the attribute's.
def unbound(flag):
    if flag:
        obj = Node(1)
    return obj.value


print(unbound(True))
try:
    unbound(False)
except UnboundLocalError as error:
    print("UnboundLocalError:", error, line_of(error))

# An uncaught AttributeError: the traceback points at the attribute.
print(read_value(Node(None)))
read_value(object())
