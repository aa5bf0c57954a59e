# await on coroutines and on objects with __await__, async with, and the
# send, throw and close methods of coroutines; with CPython's errors.

async def f(x): return await x
def run(c):
    try:
        while True: print("yielded", c.send(None))
    except StopIteration as e: print("done", e.value)
    except Exception as e: print(type(e).__name__, e)
run(f(1))
class A:
    def __await__(self): return 5
run(f(A()))
class C:
    def __await__(self):
        yield "c1"; yield "c2"; return "C done"
run(f(C()))
class AM:
    async def __aenter__(self): return 1
    def __aexit__(self, *a): return 3
async def h():
    async with AM() as v: print("in", v)
run(h())
class AM2:
    def __aenter__(self): return 1
    async def __aexit__(self, *a): return 3
async def h2():
    async with AM2() as v: print("in", v)
run(h2())
async def inner(): return 7
c = inner()
print(type(c).__name__, c.__class__.__name__)
c.close()
async def outer():
    x = await inner()
    y = await C()
    return x, y
run(outer())
c = inner()
try:
    c.send(None)
except StopIteration as stop:
    print("ran to", stop.value)
c.close(); print("closed")
async def waiting():
    try:
        await C()
    except ValueError as error:
        print("caught inside", error)
        return "recovered"
c = waiting()
print(c.send(None))
try:
    c.throw(ValueError("v"))
except StopIteration as stop: print("thrown and returned", stop.value)
c = waiting()
print(c.send(None))
c.close()
print("closed while suspended")
co = inner()
print(repr(co)[:26])
try:
    co.send(None)
except StopIteration as stop:
    print("value", stop.value)
try:
    co.send(None)
except RuntimeError as error:
    print("RuntimeError:", error)
