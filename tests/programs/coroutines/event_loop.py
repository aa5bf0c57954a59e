# A small event loop written in Python: tasks are coroutines, `sleep`
# yields to the loop, and a channel passes values between tasks.

class Sleep:
    def __init__(self, delay):
        self.delay = delay

    def __await__(self):
        yield ("sleep", self.delay)


class Loop:
    def __init__(self):
        self.now = 0
        self.ready = []
        self.sleeping = []
        self.counter = 0
        self.log = []

    def spawn(self, coroutine, name):
        task = Task(coroutine, name)
        self.ready.append(task)
        return task

    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.sleeping.sort()
                wake, _, task = self.sleeping.pop(0)
                self.now = wake
                self.ready.append(task)
            task = self.ready.pop(0)
            try:
                request = task.coroutine.send(task.value)
            except StopIteration as stop:
                task.done = True
                task.result = stop.value
                self.log.append(f"t={self.now} {task.name} -> {stop.value!r}")
                for waiter in task.waiters:
                    self.ready.append(waiter)
                continue
            except Exception as error:
                task.done = True
                task.error = error
                self.log.append(f"t={self.now} {task.name} failed: {error!r}")
                for waiter in task.waiters:
                    self.ready.append(waiter)
                continue
            task.value = None
            kind, argument = request
            if kind == "sleep":
                self.counter += 1
                self.sleeping.append((self.now + argument, self.counter, task))
            elif kind == "join":
                if argument.done:
                    self.ready.append(task)
                else:
                    argument.waiters.append(task)


class Task:
    def __init__(self, coroutine, name):
        self.coroutine = coroutine
        self.name = name
        self.value = None
        self.done = False
        self.result = None
        self.error = None
        self.waiters = []

    def __await__(self):
        if not self.done:
            yield ("join", self)
        if self.error is not None:
            raise self.error
        return self.result


class Ticker:
    def __init__(self, count, delay):
        self.count = count
        self.delay = delay

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.count == 0:
            raise StopAsyncIteration
        self.count -= 1
        await Sleep(self.delay)
        return self.count


class Resource:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    async def __aenter__(self):
        await Sleep(1)
        self.log.append(f"open {self.name}")
        return self

    async def __aexit__(self, kind, value, traceback):
        self.log.append(f"close {self.name} ({kind.__name__ if kind else None})")
        return kind is KeyError


loop = Loop()


async def worker(name, delays):
    total = 0
    for delay in delays:
        await Sleep(delay)
        total += delay
        loop.log.append(f"t={loop.now} {name} slept {delay}")
    return total


async def failing():
    await Sleep(2)
    raise ValueError("worker broke")


async def ticking():
    seen = []
    async for value in Ticker(3, 2):
        seen.append(value)
    return seen


async def guarded():
    async with Resource("db", loop.log) as resource:
        loop.log.append(f"using {resource.name}")
        raise KeyError("swallowed")
    try:
        async with Resource("file", loop.log):
            raise IndexError("escapes")
    except IndexError as error:
        loop.log.append(f"caught {error!r}")
    return "guarded done"


async def main():
    a = loop.spawn(worker("a", [3, 1]), "a")
    b = loop.spawn(worker("b", [1, 1, 1]), "b")
    c = loop.spawn(failing(), "c")
    results = [await a, await b]
    try:
        await c
    except ValueError as error:
        results.append(f"c raised {error}")
    results.append(await loop.spawn(ticking(), "ticker"))
    results.append(await loop.spawn(guarded(), "guarded"))
    return results


loop.spawn(main(), "main")
loop.run()
for line in loop.log:
    print(line)
