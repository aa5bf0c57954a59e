# coroutine.throw() and coroutine.close() driven by hand.


class Suspend:
    def __await__(self):
        yield "suspended"


async def guarded(log):
    try:
        await Suspend()
        log.append("resumed normally")
        await Suspend()
    except ValueError as e:
        log.append(f"caught ValueError {e}")
        await Suspend()
        return "recovered"
    except GeneratorExit:
        log.append("GeneratorExit seen")
        raise
    finally:
        log.append("finally ran")
    return "normal end"


def show(log):
    print(" | ".join(log))
    log.clear()


log = []
c = guarded(log)
print(c.send(None))
print(c.throw(ValueError("boom")))
try:
    c.send(None)
except StopIteration as stop:
    print("returned", stop.value)
show(log)

c = guarded(log)
c.send(None)
print(c.close())
show(log)
print("close again:", c.close())

# throw into an unstarted coroutine: raises straight out, no body runs
c = guarded(log)
try:
    c.throw(KeyError("early"))
except KeyError as e:
    print("KeyError", e)
show(log)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

# close on an unstarted coroutine is fine
c = guarded(log)
c.close()
show(log)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

# throw an exception the coroutine does not handle
c = guarded(log)
c.send(None)
try:
    c.throw(IndexError("unhandled"))
except IndexError as e:
    print("IndexError propagated:", e)
show(log)

# throw with a class instead of an instance
c = guarded(log)
c.send(None)
print(c.throw(ValueError))
c.close()
show(log)


# a coroutine that swallows GeneratorExit and suspends again
async def stubborn():
    while True:
        try:
            await Suspend()
        except GeneratorExit:
            print("ignoring GeneratorExit")


c = stubborn()
c.send(None)
try:
    c.throw(StopIteration)
except RuntimeError as e:
    print("StopIteration thrown ->", type(e).__name__, e)


# a coroutine that returns a value when closed
async def returns_on_close():
    try:
        await Suspend()
    except GeneratorExit:
        return "ignored value"


c = returns_on_close()
c.send(None)
print("close returned", c.close())


# throw that is converted into another exception
async def converts():
    try:
        await Suspend()
    except ValueError as e:
        raise TypeError("converted") from e


c = converts()
c.send(None)
try:
    c.throw(ValueError("original"))
except TypeError as e:
    print(type(e).__name__, e, "cause:", repr(e.__cause__))
