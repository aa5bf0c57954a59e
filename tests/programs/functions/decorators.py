# Decorators: plain, with arguments, stacked, on methods, preserving names.
def trace(func):
    def wrapper(*args, **kwargs):
        print("calling", func.__name__, args, kwargs)
        return func(*args, **kwargs)
    wrapper.__name__ = func.__name__
    return wrapper
@trace
def add(a, b):
    return a + b
print(add(1, b=2), add.__name__)
def repeat(times):
    def decorate(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorate
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bob"))
def tag(label):
    def decorate(func):
        def wrapper():
            return f"<{label}>{func()}</{label}>"
        return wrapper
    return decorate
@tag("b")
@tag("i")
def text():
    return "word"
print(text())
registry = []
def register(func):
    registry.append(func.__name__)
    return func
class Service:
    @register
    def start(self):
        return "started"
print(registry, Service().start())
def counted(cls):
    cls.count = 0
    return cls
@counted
class Thing:
    pass
print(Thing.count)
