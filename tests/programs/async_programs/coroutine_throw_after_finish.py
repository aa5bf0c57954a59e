# throw() on a coroutine that has already finished raises
# "cannot reuse already awaited coroutine" instead of the thrown exception.


async def value():
    return 42


c = value()
try:
    c.send(None)
except StopIteration as stop:
    print("result", stop.value)
for exc in [ValueError("late"), KeyError, GeneratorExit()]:
    try:
        c.throw(exc)
    except BaseException as e:
        print("throw:", type(e).__name__, e)


async def failing():
    raise ValueError("failed once")


c = failing()
try:
    c.send(None)
except ValueError as e:
    print(type(e).__name__, e)
try:
    c.throw(IndexError("after failure"))
except BaseException as e:
    print("throw:", type(e).__name__, e)
