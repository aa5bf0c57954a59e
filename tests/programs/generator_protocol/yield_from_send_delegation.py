# yield from forwards send() to sub-generators, and falls back to next() for plain iterators.
def sub(tag):
    received = []
    while len(received) < 3:
        x = yield f"{tag} wants value {len(received)}"
        print(f"  {tag} received {x!r}")
        received.append(x)
    return received

def outer():
    a = yield from sub("A")
    print("  outer got from A:", a)
    b = yield from sub("B")
    print("  outer got from B:", b)
    return a + b

g = outer()
print(g.send(None))
for value in [1, 2, 3, "x", "y"]:
    print(g.send(value))
try:
    g.send("z")
except StopIteration as e:
    print("outer returned", e.value)

# sending None through yield from uses next() on the sub-iterator
def over_list():
    r = yield from [10, 20, 30]
    print("  list yield-from result:", r)
    return "list-done"

lg = over_list()
print(next(lg), lg.send(None), lg.send(None))
try:
    lg.send(None)
except StopIteration as e:
    print("result", e.value)

# sending a non-None value into a plain iterator fails with AttributeError
lg2 = over_list()
next(lg2)
try:
    lg2.send("not None")
except AttributeError as e:
    print(type(e).__name__, e)

class OnlyNext:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration
        return self.i

def over_custom():
    yield from OnlyNext()

c = over_custom()
print(next(c))
try:
    c.send(5)
except AttributeError as e:
    print(type(e).__name__, e)

# a class iterator that has send() gets it called
class WithSend:
    def __init__(self):
        self.log = []
    def __iter__(self):
        return self
    def __next__(self):
        return self.send(None)
    def send(self, value):
        self.log.append(value)
        if len(self.log) > 3:
            raise StopIteration(self.log)
        return f"WithSend step {len(self.log)}"

def over_send():
    result = yield from WithSend()
    return result

s = over_send()
print(next(s))
print(s.send("p"))
print(s.send("q"))
try:
    s.send("r")
except StopIteration as e:
    print("WithSend result", e.value)

# the sub-generator's send-time exception propagates through the delegator
def fragile():
    x = yield "fragile ready"
    raise ValueError(f"bad value {x}")

def wraps_fragile():
    try:
        yield from fragile()
    except ValueError as e:
        print("  delegator caught", e)
        yield "recovered"

w = wraps_fragile()
print(next(w))
print(w.send(99))
print(list(w))
