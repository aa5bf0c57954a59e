def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def curry(f, arity):
    def take(*args):
        if len(args) >= arity:
            return f(*args)
        return lambda *more: take(*args, *more)
    return take
add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3), add3(1, 2, 3))
def reduce(f, items, initial):
    acc = initial
    for item in items:
        acc = f(acc, item)
    return acc
print(reduce(lambda a, b: a * b, range(1, 6), 1), reduce(lambda acc, w: acc + [len(w)], ["a", "bb"], []))
pipeline = [str.strip, str.lower, lambda s: s.replace(" ", "_")]
print(reduce(lambda acc, f: f(acc), pipeline, "  Hello Big World  "))
def memoize(f):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = f(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper
@memoize
def grid_paths(r, c):
    return 1 if r == 0 or c == 0 else grid_paths(r - 1, c) + grid_paths(r, c - 1)
print(grid_paths(10, 10), len(grid_paths.cache))
apply_n = lambda f, n: (lambda x: x if n == 0 else apply_n(f, n - 1)(f(x)))
print(apply_n(dbl, 10)(1), list(map(apply_n(inc, 3), [0, 10])))
print(sorted(["b3", "a10", "c1"], key=lambda s: int(s[1:])), list(filter(callable, [1, len, "x", print])) == [len, print])
