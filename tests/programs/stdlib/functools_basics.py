# functools: total_ordering, reduce, partial, wraps, lru_cache, cache,
# cmp_to_key and cached_property.

import functools
from functools import cmp_to_key, lru_cache, partial, reduce, total_ordering, wraps


@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(sorted([Version(2), Version(1, 5), Version(1)]))
print(Version.__gt__.__name__)


@total_ordering
class Reverse:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __gt__(self, other):
        return self.n < other.n


print(Reverse(1) > Reverse(2), Reverse(1) <= Reverse(2), Reverse(3) >= Reverse(3))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as error:
    print("ValueError:", error)

print(reduce(lambda x, y: x * y, range(1, 6)), reduce(lambda x, y: x + y, [], 10))
try:
    reduce(max, [])
except TypeError as error:
    print("TypeError:", error)

base2 = partial(int, base=2)
print(base2("1011"), base2.func is int, base2.args, base2.keywords)
add3 = partial(lambda a, b, c: a + b + c, 1)
add3b = partial(add3, 2)
print(add3b(3), add3b.args)


def logged(function):
    @wraps(function)
    def wrapper(*args, **kwargs):
        return function(*args, **kwargs)
    return wrapper


@logged
def greet(name):
    """Says hello."""
    return "hello " + name


print(greet("x"), greet.__name__, greet.__doc__, greet.__wrapped__.__name__)


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())


@lru_cache(maxsize=2)
def square(x):
    print("computing", x)
    return x * x


for x in [1, 2, 1, 3, 1, 2]:
    square(x)
print(square.cache_info())


@functools.cache
def once(x):
    print("once", x)
    return x


once(1), once(1)
print(sorted(["banana", "Apple", "cherry"], key=cmp_to_key(lambda p, q: (p.lower() > q.lower()) - (p.lower() < q.lower()))))


class Circle:
    def __init__(self, r):
        self.r = r

    @functools.cached_property
    def area(self):
        print("computing area")
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, "area" in c.__dict__)


# Every root of total_ordering.
@total_ordering
class A:
    def __init__(s, v): s.v = v
    def __eq__(s, o): return s.v == o.v
    def __le__(s, o): return s.v <= o.v
@total_ordering
class B:
    def __init__(s, v): s.v = v
    def __eq__(s, o): return s.v == o.v
    def __ge__(s, o): return s.v >= o.v
for C in (A, B):
    x, y = C(1), C(2)
    print([x < y, x <= y, x > y, x >= y, y < x, y > x, x < C(1), x <= C(1), x > C(1), x >= C(1)])
