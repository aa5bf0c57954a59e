# A tiny loop with futures and channels: tasks block on channel receive,
# senders wake receivers, and tasks join each other.


class Future:
    def __init__(self):
        self.done = False
        self.value = None
        self.callbacks = []

    def set(self, value):
        self.done = True
        self.value = value
        for cb in self.callbacks:
            cb()
        self.callbacks = []

    def __await__(self):
        if not self.done:
            yield self
        return self.value


class Loop:
    def __init__(self):
        self.ready = []
        self.trace = []

    def spawn(self, coro, name):
        task = Task(self, coro, name)
        self.ready.append(task)
        return task

    def run(self):
        while self.ready:
            task = self.ready.pop(0)
            task.step()


class Task(Future):
    def __init__(self, loop, coro, name):
        super().__init__()
        self.loop = loop
        self.coro = coro
        self.name = name

    def step(self):
        try:
            waiting_on = self.coro.send(None)
        except StopIteration as stop:
            self.loop.trace.append(f"{self.name} -> {stop.value!r}")
            self.set(stop.value)
            return
        waiting_on.callbacks.append(lambda: self.loop.ready.append(self))


class Channel:
    def __init__(self, capacity):
        self.capacity = capacity
        self.buffer = []
        self.receivers = []
        self.senders = []

    async def send(self, item):
        while len(self.buffer) >= self.capacity:
            f = Future()
            self.senders.append(f)
            await f
        self.buffer.append(item)
        if self.receivers:
            self.receivers.pop(0).set(None)

    async def receive(self):
        while not self.buffer:
            f = Future()
            self.receivers.append(f)
            await f
        item = self.buffer.pop(0)
        if self.senders:
            self.senders.pop(0).set(None)
        return item


loop = Loop()
events = []


async def producer(ch, name, items):
    for item in items:
        events.append(f"{name} sends {item}")
        await ch.send(item)
    await ch.send(None)
    return f"{name} sent {len(items)}"


async def consumer(ch, name, producers):
    got = []
    finished = 0
    while finished < producers:
        item = await ch.receive()
        if item is None:
            finished += 1
            continue
        events.append(f"{name} got {item}")
        got.append(item)
    return got


async def main():
    ch = Channel(capacity=2)
    c = loop.spawn(consumer(ch, "C", 2), "consumer")
    p1 = loop.spawn(producer(ch, "P1", [1, 2, 3]), "p1")
    p2 = loop.spawn(producer(ch, "P2", ["a", "b"]), "p2")
    received = await c
    summaries = [await p1, await p2]
    return sorted(map(str, received)), summaries


m = loop.spawn(main(), "main")
loop.run()
for e in events:
    print(e)
for t in loop.trace:
    print(t)
print(m.done, m.value)

# a future awaited after it is done resumes immediately
f = Future()
f.set("early")


async def late():
    return await f


loop.spawn(late(), "late")
loop.run()
print(loop.trace[-1])
