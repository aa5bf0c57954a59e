# close() on a coroutine that swallows GeneratorExit and suspends again:
# the RuntimeError names a coroutine, not a generator.


class Suspend:
    def __await__(self):
        yield "suspended"


async def stubborn():
    while True:
        try:
            await Suspend()
        except GeneratorExit:
            print("ignoring GeneratorExit")


c = stubborn()
print(c.send(None))
try:
    c.close()
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    c.throw(StopIteration)
except RuntimeError as e:
    print(type(e).__name__, e)


async def yields_in_finally():
    try:
        await Suspend()
    finally:
        await Suspend()


c = yields_in_finally()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print(type(e).__name__, e)
c.close()
print("closed for good")
