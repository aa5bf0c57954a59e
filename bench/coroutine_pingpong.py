"""Coroutines passing messages through channels under a small round-robin
scheduler: async def, await chains, __await__ and send()."""


class Suspend:
    """An awaitable that hands control back to the scheduler once."""

    __slots__ = ()

    def __await__(self):
        yield


class Channel:
    def __init__(self):
        self.items = []

    async def put(self, item):
        self.items.append(item)
        await Suspend()

    async def get(self):
        while not self.items:
            await Suspend()
        return self.items.pop(0)


async def player(name, inbox, outbox, rounds):
    hits = 0
    for _ in range(rounds):
        ball = await inbox.get()
        hits += ball
        await outbox.put(ball + 1)
    return name, hits


async def starter(channel):
    await channel.put(0)


def run_all(coroutines):
    ready = list(coroutines)
    results = []
    while ready:
        still = []
        for coroutine in ready:
            try:
                coroutine.send(None)
                still.append(coroutine)
            except StopIteration as done:
                results.append(done.value)
        ready = still
    return results


def run(rounds):
    ping_box = Channel()
    pong_box = Channel()
    return run_all(
        [
            starter(ping_box),
            player("ping", ping_box, pong_box, rounds),
            player("pong", pong_box, ping_box, rounds),
        ]
    )


print(run(300_000))
