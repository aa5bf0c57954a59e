# Generator-based "coroutines" driven by send(): priming decorator, broadcast, sinks.
import functools

def primed(func):
    @functools.wraps(func)
    def start(*args, **kwargs):
        g = func(*args, **kwargs)
        next(g)
        return g
    return start

@primed
def printer(prefix):
    try:
        while True:
            item = yield
            print(f"{prefix}{item}")
    except GeneratorExit:
        print(f"{prefix}<closed>")

@primed
def grep(pattern, target):
    try:
        while True:
            line = yield
            if pattern in line:
                target.send(line)
    finally:
        target.close()

@primed
def upper(target):
    try:
        while True:
            target.send((yield).upper())
    finally:
        target.close()

@primed
def broadcast(targets):
    try:
        while True:
            item = yield
            for t in targets:
                t.send(item)
    finally:
        for t in targets:
            t.close()

print(primed.__name__, printer.__name__, printer.__wrapped__.__name__)

lines = ["python generators", "rust vm", "generator send", "nothing here"]
pipeline = grep("gen", upper(printer("  > ")))
for line in lines:
    pipeline.send(line)
pipeline.close()

fan = broadcast([grep("rust", printer("rust: ")), grep("send", printer("send: ")), printer("all: ")])
for line in lines:
    fan.send(line)
fan.close()

# a coroutine that collects results and returns them on a sentinel
@primed
def collector():
    items = []
    while True:
        item = yield len(items)
        if item is None:
            return items
        items.append(item)

c = collector()
print(c.send("a"), c.send("b"), c.send("c"))
try:
    c.send(None)
except StopIteration as e:
    print("collected", e.value)

# statistics coroutine: send values, throw a reset signal
class Reset(Exception):
    pass

@primed
def stats():
    count = total = 0
    low = high = None
    while True:
        try:
            value = yield (count, total, low, high)
        except Reset:
            print("  reset")
            count = total = 0
            low = high = None
            continue
        count += 1
        total += value
        low = value if low is None else min(low, value)
        high = value if high is None else max(high, value)

s = stats()
for v in [5, 3, 9]:
    print(s.send(v))
print(s.throw(Reset))
print(s.send(42))
s.close()

# sending to a closed coroutine
p = printer("x ")
p.close()
try:
    p.send("late")
except StopIteration:
    print("send to closed coroutine -> StopIteration")
