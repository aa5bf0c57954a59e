# Subscripts, stores, unpacking and iteration of lists, tuples and dicts,
# their subclasses, and the errors at the edges.
items = [10, 20, 30]
print(items[0], items[-1], items[-3], items[2])
for bad in (3, -4, 2**70, -(2**70)):
    try:
        items[bad]
    except IndexError as error:
        print("IndexError", error)
for bad in (3, -4):
    try:
        items[bad] = 0
    except IndexError as error:
        print("IndexError", error)
items[-1] = "last"
items[True] = "bool index"
print(items, (1, 2, 3)[-2], (1, 2, 3)[True])
try:
    (1, 2)[5]
except IndexError as error:
    print("IndexError", error)
try:
    items["x"]
except TypeError as error:
    print("TypeError", error)


class Logged(list):
    def __getitem__(self, index):
        print("get", index)
        return super().__getitem__(index)

    def __setitem__(self, index, value):
        print("set", index, value)
        super().__setitem__(index, value)


logged = Logged([1, 2, 3])
logged[0] = logged[1]
print(logged)


class Pair(tuple):
    def __getitem__(self, index):
        return "pair " + str(index)


print(Pair((1, 2))[0])

d = {"a": 1, "b": 2, 3: "three"}
print(d["a"], d[3])
try:
    d["missing"]
except KeyError as error:
    print("KeyError", error)


class Default(dict):
    def __missing__(self, key):
        return key * 2


print(Default(a=1)["a"], Default()["zz"])


class Key:
    def __hash__(self):
        return hash("a")

    def __eq__(self, other):
        return other == "a"


print(d[Key()])

a, b = (1, 2)
c, e = [3, 4]
f, g = "xy"
print(a, b, c, e, f, g)
for bad in ((1, 2, 3), [1]):
    try:
        h, k = bad
    except ValueError as error:
        print("ValueError", error)


class Unpacked(tuple):
    def __iter__(self):
        return iter(("from", "iter"))


m, n = Unpacked((1, 2))
print(m, n)

growing = [1, 2]
for item in growing:
    if item < 5:
        growing.append(item + 2)
print(growing)
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for i in range(2**62, 2**62 + 2):
    print(i)
iterator = iter([1])
print(list(iterator), list(iterator), next(iter(range(0)), "empty"))
