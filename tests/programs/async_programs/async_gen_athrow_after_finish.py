# athrow() on an exhausted or closed async generator: in CPython 3.11 the
# awaitable completes with None instead of raising the thrown exception.
# Also athrow() with a non-exception raises TypeError only when awaited.


async def g():
    yield 1


def step(aw):
    try:
        aw.send(None)
    except StopIteration as s:
        return ("StopIteration", s.value)
    except BaseException as e:
        return (type(e).__name__, str(e))


a = g()
print(step(a.__anext__()))
print(step(a.__anext__()))
print(step(a.athrow(ValueError("after end"))))
print(step(a.athrow(ValueError)))
print(step(a.asend(None)))
b = g()
print(step(b.aclose()))
print(step(b.athrow(ValueError("after close"))))
c = g()
print(step(c.__anext__()))
print(step(c.athrow(KeyError("x"))))
print(step(c.athrow(KeyError("y"))))

d = g()
try:
    bad = d.athrow(5)
    print("athrow(5) created", type(bad).__name__)
except TypeError as e:
    print("eager", type(e).__name__, e)
else:
    print(step(bad))
