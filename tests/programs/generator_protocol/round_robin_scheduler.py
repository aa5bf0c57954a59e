# A cooperative task scheduler built on generators (round robin, sleeping, joining).
class Scheduler:
    def __init__(self):
        self.ready = []
        self.log = []
        self.results = {}
        self.waiting = {}
        self.tick = 0

    def spawn(self, name, gen):
        self.ready.append((name, gen, None))

    def run(self):
        while self.ready:
            name, gen, value = self.ready.pop(0)
            self.tick += 1
            try:
                request = gen.send(value)
            except StopIteration as e:
                self.results[name] = e.value
                self.log.append(f"t{self.tick} {name} finished -> {e.value!r}")
                for waiter in self.waiting.pop(name, []):
                    self.ready.append((waiter[0], waiter[1], e.value))
                continue
            except Exception as e:
                self.log.append(f"t{self.tick} {name} crashed: {type(e).__name__}: {e}")
                self.results[name] = e
                continue
            if request is None:
                self.ready.append((name, gen, None))
            elif request[0] == "join":
                target = request[1]
                if target in self.results:
                    self.ready.append((name, gen, self.results[target]))
                else:
                    self.waiting.setdefault(target, []).append((name, gen))
            elif request[0] == "say":
                self.log.append(f"t{self.tick} {name}: {request[1]}")
                self.ready.append((name, gen, len(request[1])))

def counter(n):
    total = 0
    for i in range(n):
        length = yield ("say", f"count {i}")
        total += length
    return total

def joiner(target):
    yield ("say", f"waiting for {target}")
    result = yield ("join", target)
    yield ("say", f"{target} gave {result}")
    return result * 2

def crasher():
    yield
    yield ("say", "about to crash")
    raise ValueError("task failed")

def idle(n):
    for _ in range(n):
        yield
    return "idle done"

s = Scheduler()
s.spawn("c3", counter(3))
s.spawn("j", joiner("c3"))
s.spawn("x", crasher())
s.spawn("i", idle(2))
s.spawn("j2", joiner("i"))
s.run()
for line in s.log:
    print(line)
print(sorted((k, v if not isinstance(v, Exception) else type(v).__name__) for k, v in s.results.items()))
print("ticks:", s.tick)

# tasks delegating to subtasks via yield from
def subtask(label):
    yield ("say", f"{label} step 1")
    yield ("say", f"{label} step 2")
    return label.upper()

def parent():
    a = yield from subtask("a")
    b = yield from subtask("b")
    return a + b

s2 = Scheduler()
s2.spawn("p", parent())
s2.spawn("q", counter(2))
s2.run()
print("\n".join(s2.log))
print(s2.results)
