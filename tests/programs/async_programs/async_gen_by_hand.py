# Async generators driven by hand, without asyncio: each __anext__()
# awaitable is sent None; an awaited suspension surfaces as a yielded
# value, and the generator's own yield arrives as StopIteration.value.


class Pause:
    def __init__(self, label):
        self.label = label

    def __await__(self):
        reply = yield ("pause", self.label)
        return reply


async def numbers():
    reply = await Pause("before 1")
    print("  reply to first pause:", reply)
    yield 1
    yield 2
    reply = await Pause("before 3")
    print("  reply to second pause:", reply)
    yield 3


def next_item(agen, replies):
    aw = agen.__anext__()
    value = None
    while True:
        try:
            request = aw.send(value)
        except StopIteration as stop:
            return ("item", stop.value)
        except StopAsyncIteration:
            return ("exhausted",)
        print("  loop got request", request)
        value = replies.pop(0)


replies = ["r1", "r2"]
g = numbers()
for _ in range(5):
    print(next_item(g, replies))


# the loop body that an `async for` runs, written out by hand
async def collect(agen):
    out = []
    iterator = agen.__aiter__()
    while True:
        try:
            item = await iterator.__anext__()
        except StopAsyncIteration:
            break
        out.append(item)
    return out


def run(coro, replies):
    value = None
    while True:
        try:
            request = coro.send(value)
        except StopIteration as stop:
            return stop.value
        print("  run got request", request)
        value = replies.pop(0)


print(run(collect(numbers()), ["x", "y"]))


# throw into the __anext__ awaitable while the generator awaits a pause
async def guarded():
    try:
        await Pause("waiting")
        yield "never"
    except KeyError as e:
        yield f"recovered from {e}"


g = guarded()
aw = g.__anext__()
print(aw.send(None))
try:
    aw.throw(KeyError("injected"))
except StopIteration as stop:
    print("after throw:", stop.value)
aw = g.__anext__()
try:
    aw.send(None)
except StopAsyncIteration:
    print("guarded exhausted")
