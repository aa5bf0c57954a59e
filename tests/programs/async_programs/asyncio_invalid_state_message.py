# The message of InvalidStateError when a finished future is set again:
# CPython 3.11 says "invalid state".
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_result(1)
    for setter, arg in [(fut.set_result, 2), (fut.set_exception, ValueError("x"))]:
        try:
            setter(arg)
        except asyncio.InvalidStateError as e:
            print(type(e).__name__, e)
    fut = loop.create_future()
    fut.cancel()
    try:
        fut.set_result(3)
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, e)


asyncio.run(main())
