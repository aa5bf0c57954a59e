# send(): priming, values flowing in and out, non-None send to a fresh generator.
def echo():
    print("echo started")
    received = None
    while True:
        received = yield received
        print("echo received", repr(received))

g = echo()
print(type(g).__name__)
print(g.send(None))
print(g.send(1))
print(g.send("two"))
print(g.send([3]))
print(next(g))

def fresh():
    yield 1

for value in [1, "x", 0, False, (), [], None]:
    h = fresh()
    try:
        r = h.send(value)
        print("send", repr(value), "->", r)
    except TypeError as e:
        print("send", repr(value), type(e).__name__, e)

# after the failed send the generator is still just-started
h = fresh()
try:
    h.send(42)
except TypeError as e:
    print(type(e).__name__, e)
print(next(h))
try:
    next(h)
except StopIteration as e:
    print("StopIteration", e.value, e.args)

# send after exhaustion
try:
    h.send(5)
except StopIteration as e:
    print("exhausted send StopIteration", e.args)
try:
    h.send(None)
except StopIteration as e:
    print("exhausted send None StopIteration", e.args)

def running_average():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count

avg = running_average()
next(avg)
for v in [10, 20, 30, 5, 5]:
    print("avg after", v, "=", avg.send(v))

def two_way():
    x = yield "first"
    y = yield f"got {x}"
    z = yield f"got {y}"
    return (x, y, z)

t = two_way()
print(t.send(None))
print(t.send("a"))
print(t.send("b"))
try:
    t.send("c")
except StopIteration as e:
    print("returned", e.value)

def yield_expr_forms():
    a = (yield)
    print("a =", a)
    b = (yield) + 1
    print("b =", b)
    c = [(yield), (yield)]
    print("c =", c)
    d = yield 1, 2
    print("d =", d)

y = yield_expr_forms()
print(next(y))
print(y.send("A"))
print(y.send(41))
print(y.send("c1"))
print(y.send("c2"))
try:
    y.send("D")
except StopIteration as e:
    print("done", e.value)
