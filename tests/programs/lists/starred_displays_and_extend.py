# List displays with starred items and list.extend: from lists, tuples,
# the list itself, a subclass with its own __iter__, other iterables, and
# what cannot be iterated; what an iteration appended before it raised stays.
class L(list):
    def __iter__(self):
        yield "custom"
a = [1, 2]
a.extend(a); print(a)
print([*a, *(3, 4), *L([9]), *"xy", *range(2), *{5: 0}])
b = []; b.extend((7, 8)); b.extend([9]); print(b, [*()], [*[]])
try:
    [*5]
except TypeError as e:
    print(e)
def g():
    yield 1
    raise ValueError("boom")
c = []
try:
    c.extend(g())
except ValueError as e:
    print(e, c)
print(list((1, 2, 3)), list([4]), [1, 2, 3] + [4])
