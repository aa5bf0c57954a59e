# An exception escaping nested coroutines driven by hand: the traceback
# shows every coroutine frame.


class Suspend:
    def __await__(self):
        yield


async def level_three(values):
    await Suspend()
    return values["missing"]


async def level_two(values):
    return await level_three(values)


async def level_one():
    data = {"present": 1}
    result = await level_two(data)
    return result


coro = level_one()
coro.send(None)
print("suspended once, resuming")
coro.send(None)
print("not reached")
