# Functions: defaults, keyword-only and positional-only parameters, *args,
# **kwargs, docstrings, decorators, lambdas, return values, recursion,
# global and local names.
def empty():
    pass


def docstring():
    """A docstring."""


def answer():
    return 42


def add(a, b=1, *args, c, d=2, **kwargs):
    return a + b + c + d + len(args) + len(kwargs)


def positional(a, b, /, c, *, d):
    return a, b, c, d


def defaults(a=[], b={}, *, c=(1, 2)):
    return a, b, c


@decorator
def decorated():
    return 1


@decorator_factory(1, key='v')
@other.decorator
def decorated_twice(x):
    return x


def uses_global():
    global counter
    counter += 1
    return counter


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def locals_and_names(a):
    b = a * 2
    del a
    return b, len


square = lambda x: x * x
default_lambda = lambda x=1, *a, y, **k: (x, a, y, k)
no_return = lambda: None
