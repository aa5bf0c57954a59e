# Driving coroutines by hand: send(None) until StopIteration, values passed
# in through send reach the innermost __await__ generator.


class Request:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        reply = yield ("request", self.tag)
        print("  Request", self.tag, "got reply", repr(reply))
        return reply


async def adder():
    a = await Request("a")
    b = await Request("b")
    return a + b


async def nested():
    first = await adder()
    second = await adder()
    return [first, second]


def drive(coro, replies):
    replies = list(replies)
    value = None
    steps = 0
    while True:
        try:
            request = coro.send(value)
        except StopIteration as stop:
            print("finished after", steps, "steps with", repr(stop.value))
            return stop.value
        steps += 1
        print("yielded", request)
        value = replies.pop(0) if replies else None


drive(adder(), [1, 2])
drive(adder(), ["x", "y"])
drive(nested(), [10, 20, 30, 40])


async def no_suspend():
    return "immediate"


c = no_suspend()
try:
    c.send(None)
except StopIteration as stop:
    print("StopIteration value:", stop.value, "args:", stop.args)


async def returns_none():
    pass


c = returns_none()
try:
    c.send(None)
except StopIteration as stop:
    print("None result:", stop.value, stop.args)


async def returns_tuple():
    return (1, 2)


c = returns_tuple()
try:
    c.send(None)
except StopIteration as stop:
    print("tuple result:", stop.value, stop.args)

# send a non-None value to a just-started coroutine
c = adder()
try:
    c.send(5)
except TypeError as e:
    print(type(e).__name__, e)
print(c.send(None))
try:
    c.send(3)
except TypeError as e:
    print("unexpected", e)
try:
    c.send(4)
except StopIteration as stop:
    print("result", stop.value)

# a value sent into a coroutine with no pending await on a yielding object


class Counter:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        total = 0
        for i in range(self.n):
            got = yield i
            total += got if got is not None else 0
        return total


async def count_up():
    return await Counter(4)


c = count_up()
out = [c.send(None)]
try:
    while True:
        out.append(c.send(len(out) * 100))
except StopIteration as stop:
    out.append(("total", stop.value))
print(out)
