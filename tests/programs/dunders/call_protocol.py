# __call__: callable instances, argument passing, callable(), classes with
# a metaclass-free __call__, and errors.

class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1, **extra):
        return (self.n + x + sum(rest)) * scale, sorted(extra.items())

add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), add5(x=2, k="v"))
print(callable(add5), callable(Adder), callable(5), callable(print), callable(None))
print(list(map(Adder(1), [1, 2])), sorted([3, 1, 2], key=Adder(0)))

def t(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, "TypeError:", e)

t("missing arg", lambda: add5())
t("too many", lambda: Adder(1)(1, 2, 3, 4, scale=2, scale2=3))
ONE, ABC, NONE, LST = 1, "abc", None, [1]
t("not callable", lambda: ONE())
t("str not callable", lambda: ABC())
t("instance without __call__", lambda: object()())
class Plain:
    pass
t("Plain()()", lambda: Plain()())
t("None()", lambda: NONE())
t("list()()", lambda: LST())

# __call__ is looked up on the type
p = Plain()
p.__call__ = lambda: "instance attr"
t("instance __call__", lambda: p())
print(callable(p))

# __call__ = None
class NoCall:
    __call__ = None
t("__call__ None", lambda: NoCall()())
print(callable(NoCall()))

# nested callables: __call__ returning a callable
class Curry:
    def __init__(self, fn, args=()):
        self.fn, self.args = fn, args
    def __call__(self, *more):
        args = self.args + more
        if len(args) >= self.fn.__code__.co_argcount:
            return self.fn(*args)
        return Curry(self.fn, args)
def vol(a, b, c):
    return a * b * c
print(Curry(vol)(2)(3)(4), Curry(vol)(2, 3)(4), Curry(vol)(2)(3, 4), type(Curry(vol)(1)).__name__)

# __call__ set to another callable object
class Delegating:
    __call__ = Adder(100)
t("delegating", lambda: Delegating()(1))

# counting calls with a decorator object
class Counted:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0
    def __call__(self, *args):
        self.calls += 1
        return self.fn(*args)
@Counted
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(10), fib.calls, type(fib).__name__)

# staticmethod / classmethod as __call__
class S:
    @staticmethod
    def __call__(x):
        return ("static", x)
class C:
    @classmethod
    def __call__(cls, x):
        return ("class", cls.__name__, x)
t("static __call__", lambda: S()(1))
t("classmethod __call__", lambda: C()(2))
