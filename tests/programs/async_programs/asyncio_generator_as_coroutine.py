# In CPython 3.11 asyncio still accepts plain generators as (legacy)
# coroutines: iscoroutine() is True for them and asyncio.run() runs one.
import asyncio


def gen():
    print("generator body runs")
    yield
    print("generator resumed")
    return "generator result"


print(asyncio.iscoroutine(gen()))
print(asyncio.run(gen()))
