"""Built-in methods called with no arguments (`text.isdigit()`,
`items.pop()`): results, errors and their lines, Python code the method
runs, and the lookups that decide which method is called."""
import sys
import traceback


def show(label, call):
    try:
        print(label, repr(call()))
    except Exception as error:
        print(label, type(error).__name__, error)


text = "Hello World 42"
print(text.isdigit(), "42".isdigit(), "".isdigit(), "٤٢".isdigit())
print(text.lower(), text.upper(), text.split(), text.strip(), text.title())
print(text.swapcase(), "  x ".lstrip(), "  x ".rstrip(), text.casefold())
print(b"abc".upper(), b" a b ".split(), bytearray(b"xy").upper())
items = [3, 1, 2]
print(items.pop(), items, items.copy(), items.count(1) if False else None)
items.sort()
items.reverse()
print(items, items.pop(), items.pop(), items)
table = {"a": 1, "b": 2}
print(table.keys(), table.values(), table.items(), table.copy(), table.popitem())
print(len(table), table.__len__(), [].__len__(), "abc".__len__())
numbers = {5}
print(numbers.pop(), numbers, frozenset([1]).copy())
big = 10**30
print(big.bit_length(), (7).bit_length(), (255).bit_count(), (2.5).as_integer_ratio())
print((3.0).is_integer(), True.bit_length(), (1 + 2j).conjugate())
print(iter([1, 2, 3]).__length_hint__(), reversed([1, 2]).__length_hint__())

# Errors, at the line of the call.
show("pop empty", lambda: [].pop())
show("popitem empty", lambda: {}.popitem())
show("set pop", lambda: set().pop())
show("join no arg", lambda: "".join())
show("unbound", lambda: str.upper())


def chained():
    empty = []
    value = (empty
             .copy()
             .pop())
    return value


try:
    chained()
except IndexError:
    lines = traceback.format_exc().splitlines()
    print([line.strip() for line in lines if line.strip().startswith(("File", "."))][-2:])


# What the lookup finds: overrides, instance attributes, subclasses.
class Loud(str):
    def upper(self):
        return "LOUD:" + str.upper(self)


class Stack(list):
    pass


print(Loud("abc").upper(), Loud("abc").lower(), type(Loud("x").lower()).__name__)
stack = Stack([1, 2])
print(stack.pop(), stack)


class Holder:
    def __init__(self):
        self.items = []


holder = Holder()
holder.pop = lambda: "instance attribute"
print(holder.pop())


class WithSlots:
    __slots__ = ("clear",)


slotted = WithSlots()
slotted.clear = lambda: "slot value"
print(slotted.clear())

Stack.pop = lambda self: "patched"
print(stack.pop())
del Stack.pop
print(stack.pop(), stack)


# Methods that run Python code.
class Key:
    calls = 0

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        Key.calls += 1
        if self.value == other.value == 13:
            raise ValueError("unlucky")
        return self.value < other.value

    def __repr__(self):
        return f"Key({self.value})"


keys = [Key(3), Key(1), Key(2)]
keys.sort()
print(keys, Key.calls > 0)
show("sort raising", lambda: [Key(13), Key(13)].sort())


def lines_of_sort():
    class Spy:
        def __lt__(self, other):
            print("called from line", sys._getframe(1).f_lineno, sys._getframe(1).f_code.co_name)
            return False
    spies = [Spy(), Spy()]
    spies.sort()


lines_of_sort()


def closing():
    try:
        yield 1
    finally:
        print("finally ran")


gen = closing()
print(next(gen), gen.close(), gen.close())


def stubborn():
    try:
        yield 1
    finally:
        yield 2


gen = stubborn()
next(gen)
show("close yields", lambda: gen.close())


def counting():
    yield 1
    yield 2


gen = counting()
print(gen.__next__(), gen.__next__())
show("next done", lambda: gen.__next__())


class Recursing:
    def __lt__(self, other):
        return [Recursing(), Recursing()].sort() or False


try:
    [Recursing(), Recursing()].sort()
except RecursionError:
    # Which check fires first (and so the message) is CPython's detail.
    print("recursion RecursionError")
print("done")
