# Class vs instance attributes, shadowing, __dict__, mutable class attributes.
class Counter:
    total = 0
    shared = []
    def __init__(self, name):
        self.name = name
        Counter.total += 1
    def add(self, item):
        self.shared.append(item)
a, b = Counter("a"), Counter("b")
a.add(1); b.add(2)
print(Counter.total, a.total, a.shared is b.shared, Counter.shared)
a.total = 100
print(a.total, b.total, Counter.total, a.__dict__, sorted(vars(b)))
del a.total
print(a.total)
print(hasattr(a, "name"), hasattr(a, "nope"), getattr(a, "nope", "default"))
setattr(b, "dynamic", 5)
print(b.dynamic, "dynamic" in b.__dict__)
delattr(b, "dynamic")
try:
    b.dynamic
except AttributeError as e:
    print("AttributeError:", e)
try:
    del b.dynamic
except AttributeError as e:
    print("AttributeError:", e)
try:
    Counter.missing
except AttributeError as e:
    print("AttributeError:", e)
print(Counter.__name__, Counter.__qualname__, Counter.__module__, type(a) is Counter, a.__class__.__name__)
