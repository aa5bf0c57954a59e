# ag_running, ag_await and ag_code of async generator objects.


class Suspend:
    def __await__(self):
        yield "suspended"


async def agen():
    await Suspend()
    yield 1


a = agen()
print(a.ag_running, a.ag_await, a.ag_code.co_name, a.ag_code is agen.__code__)
aw = a.__anext__()
print(aw.send(None))
print("suspended in await:", a.ag_running, type(a.ag_await).__name__)
try:
    aw.send(None)
except StopIteration as stop:
    print("yielded", stop.value)
print("suspended at yield:", a.ag_running, a.ag_await)
aw = a.aclose()
try:
    aw.send(None)
except StopIteration:
    print("closed", a.ag_running, a.ag_await)
