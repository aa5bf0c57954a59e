# __traceback__ objects: one entry per frame the exception passed through,
# tb_lineno / tb_next, with_traceback, re-raising appending entries.
import traceback


def level3():
    raise ValueError("deep")


def level2():
    level3()


def level1():
    try:
        level2()
    except ValueError as e:
        return e


def lines(tb):
    out = []
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out


err = level1()
print("linenos:", lines(err.__traceback__))
print("type:", type(err.__traceback__).__name__)

print("".join(traceback.format_exception(err)), end="")

# Re-raising in an outer frame adds entries at the front.
def outer():
    try:
        level2()
    except ValueError:
        raise


try:
    outer()
except ValueError as e:
    print("reraised linenos:", lines(e.__traceback__))

# Raising a caught exception again keeps its old entries and adds new ones.
saved = level1()
before = lines(saved.__traceback__)
try:
    raise saved
except ValueError as e:
    print("raise again:", before, "->", lines(e.__traceback__))

# with_traceback replaces the traceback.
fresh = KeyError("fresh")
print("fresh has traceback:", fresh.__traceback__)
same = fresh.with_traceback(saved.__traceback__)
print("with_traceback returns self:", same is fresh, lines(fresh.__traceback__))
try:
    raise fresh.with_traceback(None)
except KeyError as e:
    print("cleared then raised:", lines(e.__traceback__))

# __traceback__ can be assigned None or a traceback, nothing else.
fresh.__traceback__ = None
print("assigned None:", fresh.__traceback__)
try:
    fresh.__traceback__ = "tb"
except TypeError as e:
    print("TypeError:", e)

# A traceback from a loop inside one function has one entry per frame only.
def loop_raise():
    for i in range(3):
        if i == 2:
            raise IndexError(i)


try:
    loop_raise()
except IndexError as e:
    print("loop linenos:", lines(e.__traceback__))

# Generators add their frame when the exception passes through.
def gen():
    yield 1
    raise RuntimeError("from gen")


try:
    for _ in gen():
        pass
except RuntimeError as e:
    print("generator linenos:", lines(e.__traceback__))
