# Class decorators: registration, adding methods, replacing the class.
registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls
def add_greeting(cls):
    cls.greet = lambda self: f"hello from {type(self).__name__}"
    return cls
def with_prefix(prefix):
    def decorate(cls):
        cls.prefix = prefix
        return cls
    return decorate
@register
@add_greeting
@with_prefix(">>")
class Widget:
    pass
print(sorted(registry), Widget().greet(), Widget.prefix)
def replace(cls):
    return "not a class any more"
@replace
class Gone:
    pass
print(Gone)
order = []
def trace(name):
    def deco(cls):
        order.append(name)
        return cls
    order.append("make " + name)
    return deco
@trace("outer")
@trace("inner")
class Traced:
    pass
print(order)
def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, value):
        self.value = value
print(Config(1).value, Config(2).value, Config(1) is Config(3))
