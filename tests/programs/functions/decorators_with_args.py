def wraps(original):
    def copy(wrapper):
        wrapper.__name__ = original.__name__
        wrapper.__doc__ = original.__doc__
        wrapper.__wrapped__ = original
        return wrapper
    return copy
def repeat(times):
    def decorator(fn):
        @wraps(fn)
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorator
@repeat(3)
def greet(name):
    """Say hello."""
    return f"hi {name}"
print(greet("ann"), greet.__name__, greet.__doc__, greet.__wrapped__("bob"))
calls = []
def trace(fn):
    def wrapper(*args):
        calls.append((fn.__name__, args))
        return fn(*args)
    return wrapper
@trace
@repeat(2)
def add(a, b):
    return a + b
print(add(1, 2), calls)
def register(registry):
    def deco(fn):
        registry[fn.__name__] = fn
        return fn
    return deco
handlers = {}
@register(handlers)
def on_start():
    return "started"
@register(handlers)
def on_stop():
    return "stopped"
print(sorted(handlers), handlers["on_stop"]())
def counted(fn):
    def wrapper(*a):
        wrapper.calls += 1
        return fn(*a)
    wrapper.calls = 0
    return wrapper
@counted
def square(x):
    return x * x
print([square(i) for i in range(4)], square.calls)
def validate(**types):
    def deco(fn):
        def wrapper(**kwargs):
            for name, t in types.items():
                if not isinstance(kwargs.get(name), t):
                    raise TypeError(f"{name} must be {t.__name__}, not {type(kwargs.get(name)).__name__}")
            return fn(**kwargs)
        return wrapper
    return deco
@validate(x=int, y=str)
def combine(x, y):
    return y * x
print(combine(x=2, y="ab"))
try:
    combine(x="2", y="ab")
except TypeError as e:
    print("TypeError", e)
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def slow_double(n):
    print("computing", n)
    return n * 2
print(slow_double(4), slow_double(4), type(slow_double).__name__)
def cache(fn):
    table = {}
    def wrapper(n):
        if n not in table:
            table[n] = fn(n)
        return table[n]
    return wrapper
@cache
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)
print(ways(60))
