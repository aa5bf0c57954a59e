# Using a generator's bound methods (send, throw, close, __next__) as callables.
def collector():
    items = []
    try:
        while True:
            item = yield len(items)
            items.append(item)
    finally:
        print("  collector finished with", items)

c = collector()
next(c)
send = c.send
print(send.__name__, send.__self__ is c)
print(list(map(send, ["a", "b", "c"])))

# callback-style registration
callbacks = []
def register(cb):
    callbacks.append(cb)
register(c.send)
register(lambda v: c.send(v.upper()))
for cb in callbacks:
    print("callback returned", cb("x"))
closer = c.close
closer()
print("closed via stored method")
try:
    send("late")
except StopIteration:
    print("stored send after close -> StopIteration")

# iter(callable, sentinel) with __next__ of a generator
def tokens():
    yield "a"
    yield "b"
    yield "STOP"
    yield "never"

t = tokens()
print(list(iter(t.__next__, "STOP")))
print("left:", list(t))

# stored throw
def resilient():
    while True:
        try:
            yield "ok"
        except Exception as e:
            yield f"handled {type(e).__name__}"

r = resilient()
next(r)
throw = r.throw
print(throw(ValueError), next(r), throw(KeyError("k")))
r.close()

# method objects of different generators are different; same generator compares equal
g1, g2 = tokens(), tokens()
print(g1.send == g1.send, g1.send == g2.send, g1.__next__ == g1.__next__)

# unbound methods on the generator type
gen_type = type(g1)
print(gen_type.__name__, gen_type.send.__name__, gen_type.__next__(g1))
print(gen_type.send(g1, None), gen_type.close(g1), list(g1))
try:
    gen_type.send([], None)
except TypeError as e:
    print(type(e).__name__, e)

# __next__ and send are interchangeable for None
def echo():
    while True:
        v = yield
        print("  echo got", v)

e = echo()
e.__next__()
e.send(None)
next(e)
e.send(1)
e.close()
print(hasattr(e, "send"), hasattr(e, "throw"), hasattr(e, "close"), hasattr(e, "__next__"), hasattr(e, "__iter__"))
print(callable(e), callable(e.send))
