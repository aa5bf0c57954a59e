# Decorators: order of application, arguments, preserving attributes, class-based decorators.
trace = []
def tag(name):
    def deco(f):
        trace.append(f"apply {name}")
        def wrapper(*a, **k):
            trace.append(f"call {name}")
            return f(*a, **k)
        wrapper.__name__ = f.__name__
        wrapper.__wrapped__ = f
        return wrapper
    trace.append(f"make {name}")
    return deco
@tag("outer")
@tag("inner")
def work(x):
    trace.append("work")
    return x * 2
print(trace)
trace.clear()
print(work(5), trace, work.__name__, work.__wrapped__.__name__)
class CountCalls:
    def __init__(self, f):
        self.f = f
        self.calls = 0
    def __call__(self, *args):
        self.calls += 1
        return self.f(*args)
@CountCalls
def square(n):
    return n * n
print(square(3), square(4), square.calls, type(square).__name__)
def method_deco(f):
    def wrapper(self, *a):
        return f"[{f(self, *a)}]"
    return wrapper
class Thing:
    @method_deco
    def name(self):
        return "thing"
    @staticmethod
    @method_deco
    def static(x):
        return x
print(Thing().name(), Thing.static("s") if False else "skip")
deco_list = [tag("a"), tag("b")]
@deco_list[1]
def indexed():
    return "indexed"
print(indexed())
