# Class attributes vs instance attributes: shadowing, mutation, deletion.
class Counter:
    count = 0
    shared = []
    def bump(self):
        self.count += 1
        self.shared.append(self.count)
a, b = Counter(), Counter()
a.bump(); a.bump(); b.bump()
print(a.count, b.count, Counter.count, Counter.shared, a.__dict__, b.__dict__)
Counter.count = 100
c = Counter()
print(c.count, a.count)
del a.count
print(a.count)
try:
    del a.count
except AttributeError as e:
    print("AttributeError:", e)
a.shared = ["own"]
print(a.shared, b.shared is Counter.shared)
class Base:
    kind = "base"
    def describe(self):
        return self.kind
class Derived(Base):
    kind = "derived"
d = Derived()
print(d.describe(), Base().describe(), Derived.__dict__["kind"], "describe" in Derived.__dict__)
d.kind = "instance"
print(d.describe(), Derived.kind)
class Method:
    def f(self):
        return "method"
m = Method()
m.f = lambda: "instance attr"
print(m.f(), Method.f(m), Method().f())
print(a.__class__ is Counter, type(a).__name__, a.__class__.__name__, Derived.__base__.__name__)
