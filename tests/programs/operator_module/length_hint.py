# operator.length_hint: len() first, then the type's __length_hint__,
# then the default; and the built-in iterators' __length_hint__.
import operator


def show(*args):
    try:
        print(repr(operator.length_hint(*args)))
    except Exception as e:
        print(f"{type(e).__name__}: {e}")


show([1, 2, 3])
show("abcd", 9)
show({1: 2})
show(range(10**6))
show(object())
show(object(), 7)
show(5, -1)
show(iter([1, 2, 3]))
it = iter((1, 2, 3))
next(it)
show(it)
show(map(abs, [1, 2]))
show(map(abs, [1, 2]), 4)
show((x for x in []), 2)
show(iter(range(3, 100, 7)))
show(reversed([1, 2, 3]))
show(iter({1, 2}))
show(iter({"a": 1}.values()))
show([], "a")
show([], 1.5)
show([], 2**70)
show([], True)


class Hint:
    def __init__(self, value):
        self.value = value

    def __length_hint__(self):
        if isinstance(self.value, Exception):
            raise self.value
        return self.value


for value in [4, 0, True, NotImplemented, "3", -1, 2**70, 2.5, None,
              TypeError("swallowed"), ValueError("kept"), KeyError("k")]:
    print(type(value).__name__, end=": ")
    show(Hint(value), 11)


class Sized(Hint):
    def __len__(self):
        return 2


show(Sized(100))


class BadLen:
    def __init__(self, result):
        self.result = result

    def __len__(self):
        if isinstance(self.result, Exception):
            raise self.result
        return self.result

    def __length_hint__(self):
        return 50


show(BadLen(TypeError("no len")))
show(BadLen("x"))
show(BadLen(-1))
show(BadLen(RuntimeError("boom")))
show(BadLen(3))


class NoHint:
    __length_hint__ = None


show(NoHint(), 6)

# The hint is looked up on the type, not the instance.
h = Hint(1)
h.__length_hint__ = lambda: 99
show(h)


class Index:
    def __index__(self):
        return 12


show(object(), Index())

# The iterators' own __length_hint__, as items are taken.
for source in [[1, 2, 3], (1, 2), range(4), "héllo", b"ab", bytearray(b"xyz"),
               {1: 1, 2: 2}, {1, 2, 3}, frozenset({4})]:
    it = iter(source)
    hints = [it.__length_hint__()]
    for _ in it:
        hints.append(it.__length_hint__())
    print(type(it).__name__, hints)
for source in [[1, 2], (1, 2, 3), range(3), "ab", {"a": 1, "b": 2}]:
    it = reversed(source)
    hints = [it.__length_hint__()]
    for _ in it:
        hints.append(it.__length_hint__())
    print(type(it).__name__, hints)
d = {1: 1, 2: 2}
for it in [iter(d.keys()), iter(d.values()), iter(d.items())]:
    print(type(it).__name__, it.__length_hint__(), operator.length_hint(it))
items = [1, 2, 3]
it = iter(items)
next(it)
items.clear()
print(it.__length_hint__(), operator.length_hint(it))
items.extend([7, 8, 9, 10])
print(it.__length_hint__())
print(hasattr(iter(map(abs, [])), "__length_hint__"), hasattr(zip(), "__length_hint__"))
