# Generators support weak references and take part in garbage collection.
import gc
import weakref

def gen(n):
    for i in range(n):
        yield i

g = gen(3)
r = weakref.ref(g)
print(r() is g, type(r()).__name__)
print(next(r()), next(g))
del g
gc.collect()
print("after del:", r())

# a finished generator can be collected as well
g = gen(1)
list(g)
r = weakref.ref(g)
g = None
gc.collect()
print("finished collected:", r() is None)

# weak reference callback
events = []
g = gen(2)
r = weakref.ref(g, lambda ref: events.append("callback"))
del g
gc.collect()
print(events)

# a generator in a reference cycle with itself (through a list it holds)
def cyclic():
    holder = []
    holder.append((yield))
    yield len(holder)

c = cyclic()
next(c)
c.send(c)
rc = weakref.ref(c)
del c
gc.collect()
print("cycle collected:", rc() is None)

# WeakValueDictionary of generators
wvd = weakref.WeakValueDictionary()
keep = gen(5)
wvd["kept"] = keep
wvd["temp"] = gen(5)
gc.collect()
print(sorted(wvd.keys()))
print(next(wvd["kept"]))

# generators referenced only by a pipeline stay alive while the pipeline does
def double(it):
    for x in it:
        yield x * 2

src = gen(4)
rs = weakref.ref(src)
pipe = double(src)
del src
gc.collect()
print("source alive while pipeline alive:", rs() is not None)
print(list(pipe))
del pipe
gc.collect()
print("source collected with pipeline:", rs() is None)

# many short-lived generators do not leak
refs = [weakref.ref(gen(2)) for _ in range(50)]
gc.collect()
print(sum(1 for ref in refs if ref() is not None))
