# with statements: __enter__ result binding, __exit__ arguments, order of
# calls in nested and multi-item with statements, and returning on exit.

log = []

class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        log.append("enter " + self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        log.append("exit %s %s %s %s" % (self.name,
                   exc_type.__name__ if exc_type else None,
                   exc if exc is None else repr(exc),
                   "tb" if tb is not None else None))
        return self.suppress

with CM("a") as value:
    log.append("body " + value)
print(log)

log.clear()
with CM("outer") as o, CM("inner") as i:
    log.append("body %s %s" % (o, i))
print(log)

log.clear()
try:
    with CM("x"), CM("y"):
        raise KeyError("k")
except KeyError as e:
    log.append("caught " + repr(e))
print(log)

log.clear()
with CM("s", suppress=True):
    raise ValueError("hidden")
log.append("after suppressed")
print(log)

log.clear()
with CM("outer"), CM("inner", suppress=True):
    1 / 0
print(log)

# __exit__ runs on return, break and continue
def f():
    log.clear()
    for i in range(3):
        with CM("loop%d" % i):
            if i == 0:
                continue
            if i == 1:
                break
    with CM("ret"):
        return "returned"
print(f(), log)

# binding targets of different shapes
class Pair:
    def __enter__(self):
        return (1, [2, 3])
    def __exit__(self, *a):
        return None
with Pair() as (a, [b, c]):
    print(a, b, c)
d = {}
with Pair() as d["k"]:
    pass
print(d)

# __enter__ raising: __exit__ is not called
class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never")
log.clear()
try:
    with CM("first"), BadEnter():
        print("never")
except RuntimeError as e:
    print("RuntimeError:", e, log)

# protocol errors
class NoExit:
    def __enter__(self):
        return self
class NoEnter:
    def __exit__(self, *a):
        pass
for obj in [NoExit(), NoEnter(), 5]:
    try:
        with obj:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
