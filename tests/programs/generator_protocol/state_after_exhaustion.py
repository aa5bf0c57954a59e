# Generator state after normal exhaustion, return, and an exception escaping.
def states_of(g):
    return (g.gi_running, g.gi_code.co_name)

def normal():
    yield 1
    yield 2

g = normal()
print(list(g), list(g))
for op in ("next", "send", "throw", "close"):
    try:
        if op == "next":
            r = next(g)
        elif op == "send":
            r = g.send(None)
        elif op == "throw":
            r = g.throw(KeyError("k"))
        else:
            r = g.close()
        print(op, "->", r)
    except StopIteration as e:
        print(op, "-> StopIteration", e.args)
    except KeyError as e:
        print(op, "-> KeyError", e)

# after an exception escapes, the generator is finished
def fails_midway():
    yield "a"
    raise ValueError("midway")
    yield "never"

f = fails_midway()
print(next(f))
try:
    next(f)
except ValueError as e:
    print("escaped:", type(e).__name__, e)
print("then:", next(f, "exhausted"), list(f))
try:
    f.send("x")
except StopIteration:
    print("send on failed generator -> StopIteration")

# exception during the first next()
def fails_immediately():
    raise KeyError("first")
    yield

fi = fails_immediately()
try:
    next(fi)
except KeyError as e:
    print("first next:", repr(e))
print(next(fi, "done"))

# after close, send of a non-None value raises StopIteration (not TypeError)
def closable():
    yield 1
c = closable()
c.close()
try:
    c.send("value")
except StopIteration:
    print("send after close -> StopIteration")
except TypeError as e:
    print("TypeError", e)

# a generator that was just started and then thrown into is finished
def target():
    yield "t"
t = target()
try:
    t.throw(IndexError)
except IndexError:
    print("throw into fresh generator propagated")
print(next(t, "finished"))

# exhaustion is sticky even if the underlying data grows
data = [1, 2]
def over_data():
    for d in data:
        yield d
od = over_data()
print(list(od))
data.append(3)
print(list(od))

# but an iterator over a list resumes if data grows before the end was hit
li = iter(data)
print(next(li), next(li), next(li))
data.append(4)
print(list(li))

# return value after exhaustion is gone
def with_ret():
    yield 1
    return "R"
w = with_ret()
next(w)
for _ in range(2):
    try:
        next(w)
    except StopIteration as e:
        print("value", repr(e.value))

# states_of helper after each transition
def stepper():
    yield 1
s = stepper()
print(states_of(s))
next(s)
print(states_of(s))
next(s, None)
print(states_of(s))
