# Realistic context managers written as classes: a transaction that rolls
# back on error, an indenting printer, a reusable suppress(), a
# generator-driven manager, and a stack of managers closed in LIFO order.

class Transaction:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store
    def __exit__(self, et, ev, tb):
        if et is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print("  rolled back after", et.__name__)
        return False

accounts = {"alice": 100, "bob": 20}
def transfer(src, dst, amount):
    try:
        with Transaction(accounts) as acc:
            acc[src] -= amount
            if acc[src] < 0:
                raise ValueError("insufficient funds in %s" % src)
            acc[dst] += amount
    except ValueError as e:
        print("  error:", e)
transfer("alice", "bob", 30)
print(accounts)
transfer("bob", "alice", 500)
print(accounts)

class Indenter:
    def __init__(self):
        self.level = 0
    def __enter__(self):
        self.level += 1
        return self
    def __exit__(self, *exc):
        self.level -= 1
    def print(self, text):
        print("    " * self.level + text)
out = Indenter()
with out:
    out.print("level one")
    with out:
        out.print("level two")
        with out:
            out.print("level three")
    out.print("back to one")
out.print("level zero")

class suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = []
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            self.caught.append(repr(ev))
            return True
        return False
quiet = suppress(KeyError, IndexError)
with quiet:
    {}["missing"]
with quiet:
    [][3]
try:
    with quiet:
        1 / 0
except ZeroDivisionError as e:
    print("not suppressed:", e)
print(quiet.caught)

class GeneratorCM:
    """Drives a generator function the way contextlib.contextmanager does."""
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, et, ev, tb):
        if et is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(ev)
        except StopIteration:
            return True
        except BaseException as e:
            if e is ev:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")

def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    except KeyError as e:
        print("  handled inside generator:", e)
    finally:
        print("</%s>" % name)

with GeneratorCM(tag("p")) as t:
    print("  body with", t)
with GeneratorCM(tag("div")):
    raise KeyError("swallowed")
try:
    with GeneratorCM(tag("span")):
        raise ValueError("propagates")
except ValueError as e:
    print("outside:", e)

class ExitStack:
    def __init__(self):
        self.exits = []
    def enter(self, cm):
        value = cm.__enter__()
        self.exits.append(cm.__exit__)
        return value
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        suppressed = False
        while self.exits:
            fn = self.exits.pop()
            if fn(et, ev, tb):
                suppressed = True
                et = ev = tb = None
        return suppressed

class Named:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self.name
    def __exit__(self, *exc):
        print("close", self.name, "with exception" if exc[0] else "cleanly")
with ExitStack() as stack:
    names = [stack.enter(Named(n)) for n in "abc"]
    print("using", names)
with ExitStack() as stack:
    stack.enter(Named("outer"))
    stack.enter(suppress(OSError))
    stack.enter(Named("inner"))
    raise OSError("disk")
print("done")
