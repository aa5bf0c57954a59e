# A suspended generator that becomes unreachable is closed when it is
# collected: GeneratorExit is thrown in, so its finally blocks run.
import gc


def numbers(label):
    try:
        for i in range(10):
            yield i
    except GeneratorExit:
        print(label, "got GeneratorExit")
        raise
    finally:
        print(label, "finally")


g = numbers("dropped")
print(next(g), next(g))
del g
gc.collect()
print("after drop")

for n in numbers("loop"):
    if n == 2:
        break
gc.collect()
print("after break")

# A generator that never started, or finished, has nothing to run.
fresh = numbers("fresh")
done = numbers("done")
print(sum(done))
del fresh, done
gc.collect()
print("after fresh and done")


# A coroutine suspended at an await is closed the same way.
class Pause:
    def __await__(self):
        yield "paused"


async def task():
    try:
        await Pause()
    finally:
        print("coroutine finally")


c = task()
print(c.send(None))
del c
gc.collect()
print("after coroutine")

# A generator left suspended at exit is closed at shutdown.
pending = numbers("at exit")
print(next(pending))
print("end")
