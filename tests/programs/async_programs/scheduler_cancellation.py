# A hand-written loop that cancels tasks by throwing an exception into
# their coroutines; tasks clean up in finally blocks or refuse to stop.


class Cancelled(Exception):
    pass


class Tick:
    def __await__(self):
        yield "tick"


class Loop:
    def __init__(self):
        self.tasks = {}
        self.order = []
        self.log = []
        self.pending_cancel = set()

    def spawn(self, name, coro):
        self.tasks[name] = coro
        self.order.append(name)

    def cancel(self, name):
        self.pending_cancel.add(name)

    def run(self, max_rounds=20):
        for round_no in range(max_rounds):
            if not self.order:
                return round_no
            for name in list(self.order):
                coro = self.tasks[name]
                try:
                    if name in self.pending_cancel:
                        self.pending_cancel.discard(name)
                        coro.throw(Cancelled(f"{name} cancelled in round {round_no}"))
                    else:
                        coro.send(None)
                except StopIteration as stop:
                    self.log.append(f"{name} returned {stop.value!r}")
                    self.order.remove(name)
                except Cancelled as e:
                    self.log.append(f"{name} cancelled: {e}")
                    self.order.remove(name)
                except Exception as e:
                    self.log.append(f"{name} failed: {type(e).__name__}: {e}")
                    self.order.remove(name)
        return max_rounds


loop = Loop()


async def worker(name, n):
    try:
        for i in range(n):
            loop.log.append(f"{name} step {i}")
            await Tick()
        return f"{name} complete"
    finally:
        loop.log.append(f"{name} cleanup")


async def stubborn():
    attempts = 0
    while True:
        try:
            await Tick()
        except Cancelled as e:
            attempts += 1
            loop.log.append(f"stubborn ignores: {e}")
            if attempts == 2:
                return "stubborn gave up"


async def converts():
    try:
        await Tick()
    except Cancelled:
        raise RuntimeError("cancel turned into error")


async def canceller():
    await Tick()
    loop.cancel("long")
    loop.cancel("stubborn")
    loop.cancel("converts")
    await Tick()
    loop.cancel("stubborn")
    return "cancelled others"


loop.spawn("short", worker("short", 2))
loop.spawn("long", worker("long", 10))
loop.spawn("stubborn", stubborn())
loop.spawn("converts", converts())
loop.spawn("canceller", canceller())
rounds = loop.run()
for line in loop.log:
    print(line)
print("rounds:", rounds, "left:", loop.order)

# cancelling a coroutine before it starts: the body never runs
never = worker("never", 3)
try:
    never.throw(Cancelled("before start"))
except Cancelled as e:
    print("unstarted:", e)
print(loop.log[-1])
