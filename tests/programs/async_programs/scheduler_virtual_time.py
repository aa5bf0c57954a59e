# An event loop with a virtual clock: `await sleep(t)` parks a task until
# the clock reaches now + t; a hand-written binary heap orders wake-ups.


class Heap:
    def __init__(self):
        self.items = []

    def push(self, item):
        items = self.items
        items.append(item)
        i = len(items) - 1
        while i > 0:
            parent = (i - 1) // 2
            if items[parent] <= items[i]:
                break
            items[parent], items[i] = items[i], items[parent]
            i = parent

    def pop(self):
        items = self.items
        last = items.pop()
        if not items:
            return last
        top, items[0] = items[0], last
        i = 0
        while True:
            left, right, smallest = 2 * i + 1, 2 * i + 2, i
            if left < len(items) and items[left] < items[smallest]:
                smallest = left
            if right < len(items) and items[right] < items[smallest]:
                smallest = right
            if smallest == i:
                return top
            items[i], items[smallest] = items[smallest], items[i]
            i = smallest

    def __len__(self):
        return len(self.items)


class Sleep:
    def __init__(self, delay):
        self.delay = delay

    def __await__(self):
        woke_at = yield self.delay
        return woke_at


def sleep(delay):
    return Sleep(delay)


class Clock:
    def __init__(self):
        self.now = 0
        self.heap = Heap()
        self.seq = 0
        self.names = {}
        self.log = []

    def spawn(self, name, coro, at=0):
        self.seq += 1
        self.names[self.seq] = (name, coro, False)
        self.heap.push((at, self.seq))

    def run(self):
        while len(self.heap):
            when, seq = self.heap.pop()
            self.now = when
            name, coro, started = self.names.pop(seq)
            try:
                delay = coro.send(self.now if started else None)
            except StopIteration as stop:
                self.log.append(f"t={self.now:>3} {name} done: {stop.value}")
                continue
            self.seq += 1
            self.names[self.seq] = (name, coro, True)
            self.heap.push((self.now + delay, self.seq))


clock = Clock()


async def blinker(name, period, times):
    woke = []
    for _ in range(times):
        woke.append(await sleep(period))
    return woke


async def timeout_demo():
    started = clock.now
    await sleep(25)
    return f"waited {clock.now - started}"


async def chain():
    total = 0
    for d in [1, 2, 3, 4]:
        await sleep(d)
        total += d
        clock.log.append(f"t={clock.now:>3} chain step {d}")
    return total


clock.spawn("fast", blinker("fast", 3, 4))
clock.spawn("slow", blinker("slow", 7, 3))
clock.spawn("timeout", timeout_demo())
clock.spawn("chain", chain(), at=5)
clock.spawn("zero", blinker("zero", 0, 3))
clock.run()
for line in clock.log:
    print(line)
print("final time", clock.now)

h = Heap()
for v in [5, 3, 8, 1, 9, 2, 7]:
    h.push(v)
print([h.pop() for _ in range(len(h))])
