# *args and **kwargs: collecting, forwarding, unpacking at call sites.
def show(*args, **kwargs):
    return args, kwargs
print(show(), show(1, 2), show(a=1), show(1, *[2, 3], b=4, **{"c": 5}))
def forward(*args, **kwargs):
    return show(*args, **kwargs)
print(forward(1, x=2))
def add(a, b, c):
    return a + b + c
print(add(*[1, 2, 3]), add(1, *(2, 3)), add(**{"a": 1, "b": 2, "c": 3}), add(1, c=3, **{"b": 2}))
print(show(*"ab", *range(2)), show(**{"k": 1}, **{"j": 2}))
try:
    show(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    add(*[1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    add(1, **{"a": 2, "b": 3, "c": 4})
except TypeError as e:
    print("TypeError:", e)
try:
    show(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    show(*5)
except TypeError as e:
    print("TypeError:", e)
