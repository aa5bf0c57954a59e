# The forms of raise: instances, classes (instantiated with no args), bare
# re-raise, and the errors for non-exceptions, bad classes, and re-raise
# with nothing active.


def attempt(label, body):
    try:
        body()
    except BaseException as e:
        print(f"{label}: {type(e).__name__}: {e!r}")


def raise_instance():
    raise ValueError("instance")


def raise_class():
    raise KeyError


def raise_non_exception():
    raise 42


def raise_non_exception_class():
    raise int


def raise_string():
    raise "old style"


def bare_raise_nothing():
    raise


def raise_class_bad_init():
    class Needs(Exception):
        def __init__(self, a):
            super().__init__(a)
    raise Needs


def raise_none():
    raise None


def raise_base():
    raise BaseException("base")


for fn in [raise_instance, raise_class, raise_non_exception, raise_non_exception_class,
           raise_string, bare_raise_nothing, raise_class_bad_init,
           raise_none, raise_base]:
    attempt(fn.__name__, fn)


# Bare raise inside a handler re-raises the current exception unchanged.
def reraise():
    try:
        raise OSError("original")
    except OSError:
        raise


attempt("reraise", reraise)


# Bare raise after a nested handled exception re-raises the outer one.
def reraise_after_nested():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise ValueError("inner")
        except ValueError:
            pass
        raise


attempt("reraise after nested", reraise_after_nested)


# Bare raise in a function called from a handler.
def helper():
    raise


def reraise_from_helper():
    try:
        raise IndexError("via helper")
    except IndexError:
        helper()


attempt("reraise from helper", reraise_from_helper)


# Raising the same instance twice accumulates nothing surprising.
shared = RuntimeError("shared")
for i in range(2):
    try:
        raise shared
    except RuntimeError as e:
        print("caught shared", i, e is shared, e.__context__)

# raise in a lambda via a generator throw.
def thrower():
    yield 1


g = thrower()
next(g)
attempt("throw class", lambda: g.throw(ValueError))
g = thrower()
next(g)
attempt("throw instance", lambda: g.throw(TypeError("thrown")))
attempt("throw non-exception", lambda: thrower().throw(5))

# __init__ can be called again to replace args.
e = ValueError("first")
e.__init__("late", "init")
print("after __init__:", repr(e))
