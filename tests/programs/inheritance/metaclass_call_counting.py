# Counting instances and tracking construction with metaclass __call__.
class Counted(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.instance_count = 0
    def __call__(cls, *args, **kwargs):
        inst = super().__call__(*args, **kwargs)
        cls.instance_count += 1
        inst.serial = cls.instance_count
        return inst

class Widget(metaclass=Counted):
    def __init__(self, label):
        self.label = label
class Button(Widget):
    pass

ws = [Widget("w%d" % i) for i in range(3)]
bs = [Button("b"), Button("c")]
print(Widget.instance_count, Button.instance_count)
print([(w.label, w.serial) for w in ws], [(b.label, b.serial) for b in bs])

# A failed __init__ does not count
class Picky(metaclass=Counted):
    def __init__(self, n):
        if n < 0:
            raise ValueError("negative: %d" % n)
        self.n = n
Picky(1)
try:
    Picky(-5)
except ValueError as e:
    print(type(e).__name__, e)
Picky(2)
print(Picky.instance_count)

# Tracing the construction protocol order
trace = []
class Tracing(type):
    def __call__(cls, *args):
        trace.append("Meta.__call__ start")
        obj = super().__call__(*args)
        trace.append("Meta.__call__ end")
        return obj
class Traced(metaclass=Tracing):
    def __new__(cls, *args):
        trace.append("__new__%r" % (args,))
        return super().__new__(cls)
    def __init__(self, *args):
        trace.append("__init__%r" % (args,))
Traced(1, 2)
print(trace)

# __init__ is skipped when __new__ returns a non-instance, even through Meta.__call__
trace.clear()
class Sneaky(metaclass=Tracing):
    def __new__(cls):
        trace.append("Sneaky.__new__")
        return 42
    def __init__(self):
        trace.append("Sneaky.__init__")
print(Sneaky(), trace)

# Instances created via cls.__new__ directly bypass the metaclass counter
before = Widget.instance_count
raw = Widget.__new__(Widget)
print(Widget.instance_count == before, hasattr(raw, "serial"), hasattr(raw, "label"))

# type.__call__ called explicitly
w = type.__call__(Widget, "explicit")
print(w.label, hasattr(w, "serial"), Widget.instance_count)
