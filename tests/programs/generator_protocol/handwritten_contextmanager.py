# A contextmanager decorator written by hand on top of next() and throw().
class GeneratorContext:
    def __init__(self, func, args, kwargs):
        self.gen = func(*args, **kwargs)

    def __enter__(self):
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, tb):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(typ, value, tb)
        except StopIteration as exc:
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                return False
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                return False
            raise
        except BaseException as exc:
            if exc is value:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")

def contextmanager(func):
    def helper(*args, **kwargs):
        return GeneratorContext(func, args, kwargs)
    return helper

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("div") as t:
    print("  inside", t)
    with tag("span"):
        print("    nested")

@contextmanager
def suppress(*types):
    try:
        yield
    except types as e:
        print(f"  suppressed {type(e).__name__}: {e}")

with suppress(KeyError, IndexError):
    {}["missing"]
print("after suppress 1")
with suppress(KeyError):
    [][5] if False else None
print("after suppress 2")
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("not suppressed:", type(e).__name__, e)

@contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
    except Exception as e:
        log.append(f"rollback ({type(e).__name__})")
        raise
    else:
        log.append("commit")

log = []
with transaction(log) as l:
    l.append("work")
try:
    with transaction(log) as l:
        l.append("bad work")
        raise ValueError("fail")
except ValueError as e:
    print("propagated:", e)
print(log)

@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)

@contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields() as v:
        print("  got", v)
except RuntimeError as e:
    print(type(e).__name__, e)

@contextmanager
def converts():
    try:
        yield
    except KeyError as e:
        raise LookupError("converted") from e
try:
    with converts():
        raise KeyError("k")
except LookupError as e:
    print(type(e).__name__, e, "cause:", repr(e.__cause__))

# StopIteration raised in the with body passes through the generator unchanged
@contextmanager
def passthrough():
    yield
try:
    with passthrough():
        raise StopIteration("body stop")
except StopIteration as e:
    print("StopIteration came out:", e)
