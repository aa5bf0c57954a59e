# Coroutines and async generators with weak references and the cycle
# collector: suspended coroutines in reference cycles, and closed ones.
import gc
import weakref


class Suspend:
    def __await__(self):
        yield "suspended"


class Payload:
    def __init__(self, name):
        self.name = name


async def holds(payload):
    await Suspend()
    return payload.name


def finish(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


c = holds(Payload("p1"))
ref = weakref.ref(c)
print(ref() is c)
print(c.send(None))
print(finish(c))
del c
gc.collect()
print("after del:", ref())

# a payload referenced only from a finished coroutine's frame is released
p = Payload("p2")
pref = weakref.ref(p)
c = holds(p)
del p
print("payload alive while coroutine holds it:", pref() is not None)
print(finish(c))
del c
gc.collect()
print("payload after coroutine gone:", pref())


# a cycle: the coroutine's frame refers to an object that refers back
class Box:
    pass


async def cyclic(box):
    box.coro_ref = box.current
    await Suspend()
    return "never resumed"


box = Box()
box.current = None
c = cyclic(box)
box.current = c
c.send(None)
cref = weakref.ref(c)
bref = weakref.ref(box)
c.close()
del c, box
gc.collect()
print("cycle collected:", cref() is None, bref() is None)


# async generators
async def agen(payload):
    yield payload.name


p = Payload("p3")
pref = weakref.ref(p)
g = agen(p)
gref = weakref.ref(g)
del p
aw = g.__anext__()
try:
    aw.send(None)
except StopIteration as stop:
    print("async gen yielded", stop.value)
del aw
closer = g.aclose()
try:
    closer.send(None)
except StopIteration:
    print("async gen closed")
del g, closer
gc.collect()
print("async gen gone:", gref() is None, "payload gone:", pref() is None)

# many short-lived coroutines do not accumulate
refs = []
for i in range(200):
    co = holds(Payload(f"n{i}"))
    refs.append(weakref.ref(co))
    finish(co)
del co
gc.collect()
print("alive:", sum(1 for r in refs if r() is not None))

# weakref callbacks fire when the coroutine goes away
fired = []
co = holds(Payload("cb"))
r = weakref.ref(co, lambda ref: fired.append("callback"))
co.close()
del co
gc.collect()
print(fired)
