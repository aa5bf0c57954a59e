# Star unpacking in calls, literals and assignments.
def show(*args, **kwargs):
    return args, kwargs
print(show(*[1, 2], *"ab", *range(2)), show(**{"a": 1}, b=2, **dict(c=3)))
print([*range(3), *"xy"], (*[1], 2), {*[1, 1, 2]} == {1, 2}, {**{"a": 1}, "b": 2, **{"a": 3}})
first, *middle, last = "hello"
print(first, middle, last)
*init, tail = [1]
print(init, tail)
head, *rest = range(4)
print(head, rest, type(rest).__name__)
[a, [b, *c]] = [1, [2, 3, 4]]
print(a, b, c)
for x, *ys in [(1, 2, 3), (4,)]:
    print(x, ys)
def gen():
    yield from range(3)
print(show(*gen()), max(*[3, 1, 2]), print(*[], sep="-") is None)
try:
    show(**{"a": 1}, a=2)
except TypeError as e:
    print("TypeError:", e)
try:
    show(*None)
except TypeError as e:
    print("TypeError:", e)
try:
    show(**None)
except TypeError as e:
    print("TypeError:", e)
try:
    [*5]
except TypeError as e:
    print("TypeError:", e)
try:
    {**[1]}
except TypeError as e:
    print("TypeError:", e)
