# Two __anext__() awaitables in flight on one async generator: the second
# raises "anext(): asynchronous generator is already running".


class Suspend:
    def __await__(self):
        yield "suspended"


async def slow():
    await Suspend()
    yield "slow value"
    await Suspend()
    yield "second value"


g = slow()
first = g.__anext__()
second = g.__anext__()
print(first.send(None))
try:
    second.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    first.send(None)
except StopIteration as e:
    print("first done", e.value)
third = g.__anext__()
print(third.send(None))
fourth = g.asend(None)
try:
    fourth.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    third.send(None)
except StopIteration as e:
    print("third done", e.value)
fifth = g.__anext__()
try:
    fifth.send(None)
except StopAsyncIteration as e:
    print("fifth", type(e).__name__)
print("end")


# closing an asend awaitable mid-flight leaves the generator marked running
h = slow()
aw = h.asend(None)
print(aw.send(None))
aw.close()
try:
    h.aclose().send(None)
except StopIteration:
    print("aclose completed")
except RuntimeError as e:
    print(type(e).__name__, e)
