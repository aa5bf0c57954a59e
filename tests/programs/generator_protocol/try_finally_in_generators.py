# try/finally and try/except/else inside generators across suspensions.
trace = []

def guarded(n):
    trace.append("enter")
    try:
        for i in range(n):
            trace.append(f"yield {i}")
            yield i
        trace.append("loop done")
    finally:
        trace.append("finally")

print(list(guarded(2)), trace)
trace.clear()

g = guarded(5)
next(g)
next(g)
g.close()
print("closed early:", trace)
trace.clear()

# finally runs when an exception is thrown in
g = guarded(5)
next(g)
try:
    g.throw(ValueError("thrown"))
except ValueError:
    pass
print("after throw:", trace)
trace.clear()

# yield inside finally during normal completion
def yields_in_finally():
    try:
        yield "body"
    finally:
        yield "from finally"
    yield "after"

print(list(yields_in_finally()))

# yield inside finally during close -> RuntimeError
y = yields_in_finally()
next(y)
try:
    y.close()
except RuntimeError as e:
    print(type(e).__name__, e)
# resuming it finishes the finally block, which re-raises the pending GeneratorExit
try:
    print(list(y))
except GeneratorExit as e:
    print("resumed:", type(e).__name__, repr(e.args))
print(list(y))

# return inside finally swallows the exception
def swallow():
    try:
        yield 1
        raise KeyError("lost")
    finally:
        return "finally-return"

s = swallow()
next(s)
try:
    next(s)
except StopIteration as e:
    print("swallowed, value =", e.value)

# try/except/else with yields in every clause
def all_clauses(fail):
    try:
        yield "try"
        if fail:
            raise ValueError("fail")
    except ValueError as e:
        yield f"except {e}"
    else:
        yield "else"
    finally:
        yield "finally"
    yield "end"

print(list(all_clauses(False)))
print(list(all_clauses(True)))

# nested try/finally ordering on close
def nested():
    try:
        try:
            yield "inner"
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")

n = nested()
next(n)
n.close()

# finally runs when the consumer loop breaks and closes the generator explicitly
def resource(name):
    print(f"  open {name}")
    try:
        yield from range(10)
    finally:
        print(f"  release {name}")

r = resource("r1")
for v in r:
    if v == 2:
        break
print("broke out at", v)
r.close()

# exception raised in finally replaces the original
def replacing():
    try:
        yield 1
        raise ValueError("original")
    finally:
        raise TypeError("replacement")

rp = replacing()
next(rp)
try:
    next(rp)
except TypeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))

# with statement inside a generator
class Ctx:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print(f"  enter {self.name}")
        return self.name
    def __exit__(self, et, ev, tb):
        print(f"  exit {self.name} with {et.__name__ if et else None}")
        return False

def with_gen():
    with Ctx("A") as a:
        yield a
        with Ctx("B") as b:
            yield b

wg = with_gen()
print(next(wg), next(wg))
wg.close()
print(list(with_gen()))
