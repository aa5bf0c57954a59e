# __length_hint__ of the built-in iterators: how many items are left.


def hints(iterator, steps=2):
    seen = [iterator.__length_hint__()]
    for _ in range(steps):
        next(iterator, None)
        seen.append(iterator.__length_hint__())
    return seen


print(hints(iter([1, 2, 3])), hints(iter((1, 2, 3))), hints(iter([])))
print(hints(reversed([1, 2, 3])), hints(iter(range(10))), hints(iter(range(0, 100, 7))))
print(hints(iter(range(10**20, 10**20 + 5))), hints(iter(range(5, 0, -2)), 4))
print(hints(iter("héllo")), hints(iter("abc"), 4), hints(iter(b"xyz")), hints(iter(bytearray(b"xy"))))
d = {"a": 1, "b": 2, "c": 3}
print(hints(iter(d)), hints(iter(d.values())), hints(iter(d.items())))
print(hints(iter({1, 2, 3, 4})), hints(iter(frozenset("ab"))))

# A list that grows while iterated.
items = [1, 2]
it = iter(items)
next(it)
items.extend([3, 4, 5])
print(it.__length_hint__())
items.clear()
print(it.__length_hint__())

# A dict that changes size while iterated hints 0.
d = {1: 1, 2: 2}
it = iter(d)
d[3] = 3
print(it.__length_hint__())


class Seq:
    def __len__(self):
        return 4

    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i


class NoLen:
    def __getitem__(self, i):
        raise IndexError


print(hints(iter(Seq())), iter(NoLen()).__length_hint__())
print(list(iter([1, 2, 3])), len(list(iter(range(100)))))
