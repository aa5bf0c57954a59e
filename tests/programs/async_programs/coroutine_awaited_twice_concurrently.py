# Awaiting a coroutine that another coroutine is already awaiting raises
# RuntimeError "coroutine is being awaited already".


class Suspend:
    def __await__(self):
        yield


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value


# awaiting the same coroutine from two coroutines
async def slow():
    await Suspend()
    return "slow done"


shared = slow()


async def first_user():
    return await shared


async def second_user():
    try:
        return await shared
    except RuntimeError as e:
        return f"{type(e).__name__}: {e}"


a = first_user()
b = second_user()
a.send(None)
print(run(b))
print(run(a))
