def f(a, b, c=3, *, d, e=5):
    return a, b, c, d, e

print(f(1, 2, d=4))
for call in [
    lambda: f(1),
    lambda: f(1, 2),
    lambda: f(1, 2, 3, 4, d=1),
    lambda: f(1, 2, d=1, z=2),
    lambda: f(1, 2, a=1, d=1),
]:
    try:
        call()
    except TypeError as error:
        print(error)

def g(x, y, /, z):
    return x + y + z

try:
    g(x=1, y=2, z=3)
except TypeError as error:
    print(error)

def h(*args, **kwargs):
    return args, sorted(kwargs.items())

print(h(1, 2, a=3, b=4))
print(h(*[1, 2], **{"c": 5}))
