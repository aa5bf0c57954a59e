# Default arguments: evaluated once, shared mutable defaults, None idiom.
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []))
def safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(safe(1), safe(2))
counter = 10
def snapshot(value=counter):
    return value
counter = 20
print(snapshot(), snapshot(5))
def mixed(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(mixed(1, c=3), mixed(1, 5, 6, 7, c=8, e=9))
print(mixed.__defaults__, mixed.__kwdefaults__, append_to.__defaults__)
