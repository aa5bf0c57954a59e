# cr_code, cr_running and cr_await of coroutine objects.


class Suspend:
    def __await__(self):
        yield "paused"


async def simple():
    return 1


class Service:
    async def method(self):
        await Suspend()
        return "method result"


c = simple()
print(c.cr_code.co_name, c.cr_running, c.cr_await)
print(c.cr_code is simple.__code__)
c.close()

m = Service().method()
print(m.__qualname__, m.cr_await)
print(m.send(None))
print("cr_await while suspended:", type(m.cr_await).__name__)
try:
    m.send(None)
except StopIteration as stop:
    print("method returned", stop.value)
print("cr_await after finish:", m.cr_await)

holder = []


async def check_running():
    print("running inside:", holder[0].cr_running)
    await Suspend()
    return "ok"


c = check_running()
holder.append(c)
print("before:", c.cr_running)
c.send(None)
print("suspended:", c.cr_running)
try:
    c.send(None)
except StopIteration:
    pass
print("after:", c.cr_running)


async def awaits_other():
    return await Service().method()


c = awaits_other()
c.send(None)
print("cr_await is a coroutine:", type(c.cr_await).__name__, c.cr_await.__qualname__)
c.close()
