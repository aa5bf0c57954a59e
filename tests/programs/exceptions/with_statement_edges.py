# with: __exit__ suppression, exceptions in __enter__/__exit__, multiple managers.
class CM:
    def __init__(self, name, suppress=False, fail_exit=False):
        self.name, self.suppress, self.fail_exit = name, suppress, fail_exit
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        if self.fail_exit:
            raise RuntimeError(f"exit of {self.name} failed")
        return self.suppress
with CM("a") as v:
    print("body", v)
with CM("quiet", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")
try:
    with CM("outer"), CM("inner", suppress=True):
        raise KeyError("k")
    print("inner suppressed it")
except KeyError:
    print("not reached")
try:
    with CM("x", fail_exit=True):
        raise ValueError("original")
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))
class BadEnter:
    def __enter__(self):
        raise OSError("cannot enter")
    def __exit__(self, *a):
        print("never called")
try:
    with BadEnter():
        print("never")
except OSError as e:
    print("OSError:", e)
class NotCM:
    pass
try:
    with NotCM():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
def returns_inside():
    with CM("ret"):
        return "value"
print(returns_inside())
for i in range(2):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        break
class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return "yes"
with Truthy():
    1 / 0
print("truthy string suppresses")
