# StopIteration and other control-flow exception subclasses: value handling,
# generator return values, and the PEP 479 conversion to RuntimeError.
class Done(StopIteration):
    pass

d = Done(42)
print(d.value, d.args, repr(d), str(d))
print(Done().value, Done(1, 2).value, Done(None).value)

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise Done("finished")
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), [x for x in Countdown(2)], sum(Countdown(4)))
it = Countdown(1)
print(next(it), next(it, "default"))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, e.value)

def leaky():
    yield 1
    raise Done("inside generator")
try:
    list(leaky())
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__, e.__cause__)

def returns():
    yield 1
    return "result"
g = returns()
next(g)
try:
    next(g)
except StopIteration as e:
    print(type(e).__name__, repr(e.value))

def delegator():
    result = yield from Countdown(2)
    print("  yield from result:", result)
    return "outer"
print(list(delegator()))

class Halt(StopAsyncIteration):
    pass
print(Halt("x").args, issubclass(Halt, Exception), issubclass(Done, Exception))

class Exit(SystemExit):
    pass
try:
    raise Exit(3)
except SystemExit as e:
    print(type(e).__name__, e.code, e.args)
print(Exit().code, Exit("msg").code, Exit(1, 2).code)

class Interrupt(KeyboardInterrupt):
    pass
try:
    raise Interrupt("ctrl-c")
except Exception:
    print("never")
except BaseException as e:
    print(type(e).__name__, e, isinstance(e, Exception))

class GenExit(GeneratorExit):
    pass
def closer():
    try:
        yield 1
    except GeneratorExit as e:
        print("  closing via", type(e).__name__)
        raise
c = closer()
next(c)
c.close()
c2 = closer()
next(c2)
try:
    c2.throw(GenExit("custom exit"))
except GenExit as e:
    print(type(e).__name__, e)
