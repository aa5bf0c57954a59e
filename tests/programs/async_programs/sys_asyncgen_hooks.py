# sys.get_asyncgen_hooks / sys.set_asyncgen_hooks: the firstiter hook is
# called when an async generator is first iterated.
import sys

print(sys.get_asyncgen_hooks())
print(type(sys.get_asyncgen_hooks()).__name__)
log = []


def firstiter(g):
    log.append(("firstiter", g.__name__))


def finalizer(g):
    log.append(("finalizer", g.__name__))


old = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(firstiter=firstiter, finalizer=finalizer)
hooks = sys.get_asyncgen_hooks()
print(hooks.firstiter is firstiter, hooks.finalizer is finalizer)
print(hooks[0] is firstiter, len(hooks))


async def agen():
    yield 1


g = agen()
print(log)
try:
    g.__anext__().send(None)
except StopIteration as stop:
    print("yielded", stop.value)
print(log)
try:
    g.aclose().send(None)
except StopIteration:
    print("closed")
sys.set_asyncgen_hooks(*old)
print(sys.get_asyncgen_hooks())
try:
    sys.set_asyncgen_hooks(firstiter=5)
except TypeError as e:
    print(type(e).__name__, e)
