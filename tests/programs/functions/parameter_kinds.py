def f(a, b=2, /, c=3, *args, d, e=5, **kwargs):
    return (a, b, c, args, d, e, kwargs)
print(f(1, d=4))
print(f(1, 2, 3, 4, 5, d=6, e=7, x=8, y=9))
print(f(*[1, 2], **{"d": 0, "c": 9, "z": 1}))
calls = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2, 3, c=4, d=5),
    lambda: f(a=1, d=2),
    lambda: f(1, b=2, d=3),
    lambda: f(1, d=1, **{"d": 2}),
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
def g(x, y, *, z):
    return x + y + z
for call in [lambda: g(1, 2, 3), lambda: g(1, z=3), lambda: g(1, 2, z=3, w=4), lambda: g(1, 2),
             lambda: g(1, 2, 3, 4, z=1), lambda: g(y=1, z=2, x=3)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
def h(*, only):
    return only
for call in [lambda: h(1), lambda: h(), lambda: h(only=1, other=2)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
def none():
    pass
for call in [lambda: none(1), lambda: none(x=1), lambda: (lambda: 0)(1, 2)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
def many(a, b, c, d):
    return a
for call in [lambda: many(1), lambda: many(1, 2), lambda: many(1, 2, 3), lambda: many(b=1, c=2)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
def pos_only(a, b, /):
    return a, b
try:
    pos_only(1, b=2)
except TypeError as e:
    print("TypeError", e)
try:
    pos_only(a=1, b=2)
except TypeError as e:
    print("TypeError", e)
print(f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount, f.__defaults__, f.__kwdefaults__)
def star(*args, **kwargs):
    return args, kwargs
print(star(), star(1, *(2, 3), *[4], k=1, **{"j": 2}), star(**{}))
try:
    star(**{1: 2})
except TypeError as e:
    print("TypeError", e)
try:
    star(*5)
except TypeError as e:
    print("TypeError", e)
try:
    star(**[1])
except TypeError as e:
    print("TypeError", e)
