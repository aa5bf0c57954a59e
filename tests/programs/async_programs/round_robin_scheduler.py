# A round-robin scheduler over coroutines: each `await switch()` hands
# control back; tasks run in turn until they finish.


class Switch:
    def __await__(self):
        yield "switch"


def switch():
    return Switch()


class Scheduler:
    def __init__(self):
        self.queue = []
        self.results = {}
        self.trace = []
        self.steps = 0

    def spawn(self, name, coro):
        self.queue.append((name, coro))

    def run(self):
        while self.queue:
            name, coro = self.queue.pop(0)
            self.steps += 1
            try:
                signal = coro.send(None)
            except StopIteration as stop:
                self.results[name] = stop.value
                self.trace.append(f"{name} finished")
                continue
            except Exception as e:
                self.results[name] = f"{type(e).__name__}: {e}"
                self.trace.append(f"{name} crashed")
                continue
            assert signal == "switch", signal
            self.queue.append((name, coro))


def fib_steps(n, out):
    async def run():
        a, b = 0, 1
        for _ in range(n):
            out.append(a)
            a, b = b, a + b
            await switch()
        return a
    return run()


async def countdown(name, n, out):
    while n > 0:
        out.append(f"{name}{n}")
        n -= 1
        await switch()
    return f"{name} lifted off"


async def crashes_after(n):
    for _ in range(n):
        await switch()
    raise OSError("disk full")


async def spawner(sched, out):
    out.append("spawner starts children")
    for i in range(2):
        sched.spawn(f"child{i}", countdown(f"c{i}-", 2, out))
        await switch()
    return "spawned 2"


out = []
sched = Scheduler()
sched.spawn("fib", fib_steps(6, out))
sched.spawn("A", countdown("A", 3, out))
sched.spawn("B", countdown("B", 1, out))
sched.spawn("crash", crashes_after(2))
sched.spawn("spawner", spawner(sched, out))
sched.run()
print(out)
print(sched.trace)
for name in sorted(sched.results):
    print(name, "->", sched.results[name])
print("steps:", sched.steps)


# nested coroutines: awaiting a helper that itself switches
async def helper(tag, out):
    for i in range(2):
        out.append(f"{tag}.helper{i}")
        await switch()
    return tag * 2


async def parent(tag, out):
    first = await helper(tag, out)
    out.append(f"{tag} got {first}")
    second = await helper(tag.upper(), out)
    return first + second


out = []
sched = Scheduler()
sched.spawn("p", parent("p", out))
sched.spawn("q", parent("q", out))
sched.run()
print(out)
print(sched.results, sched.steps)
