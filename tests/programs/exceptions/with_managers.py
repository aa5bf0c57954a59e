class Managed:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.swallow
with Managed("a") as a, Managed("b") as b:
    print("body", a, b)
with Managed("outer", swallow=True):
    with Managed("inner"):
        raise ValueError("propagates to outer")
print("after swallow")
try:
    with Managed("noswallow"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
def early_return():
    with Managed("ret"):
        return "returned"
print(early_return())
for i in range(3):
    with Managed(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never called")
try:
    with BadEnter():
        print("never")
except RuntimeError as e:
    print("RuntimeError", e)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise ValueError("from exit")
try:
    with ExitRaises():
        raise KeyError("original")
except ValueError as e:
    print("ValueError", e, "context:", repr(e.__context__))
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        return t is not None and issubclass(t, self.types)
with Suppress(ZeroDivisionError, KeyError):
    1 / 0
with Suppress(KeyError):
    {}["x"]
try:
    with Suppress(KeyError):
        [][0]
except IndexError as e:
    print("IndexError", e)
