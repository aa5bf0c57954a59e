# yield from: lists, strings, generators, return values, send and throw delegation.
def flat():
    yield from [1, 2]
    yield from "ab"
    yield from range(3, 5)
    yield from {"k": 1}
    result = yield from inner()
    yield ("inner returned", result)
def inner():
    got = yield "inner-1"
    yield f"inner got {got}"
    return "R"
f = flat()
print([next(f) for _ in range(8)], f.send("S"), next(f))
def echo():
    while True:
        try:
            received = yield
            print("echo", received)
        except KeyError as e:
            print("echo caught", e)
            return "echo-done"
def delegator():
    result = yield from echo()
    print("delegator got", result)
    yield "end"
d = delegator()
next(d)
d.send(1)
d.send(2)
print(d.throw(KeyError("k")))
def uses_iter():
    yield from iter([10, 20])
print(list(uses_iter()))
try:
    def bad():
        yield from 5
    list(bad())
except TypeError as e:
    print("TypeError:", e)
def closer():
    try:
        yield from echo()
    finally:
        print("outer finally")
c = closer()
next(c)
c.close()
def gen_returning():
    return 7
    yield
def wrapper():
    v = yield from gen_returning()
    return v * 2
w = wrapper()
try:
    next(w)
except StopIteration as e:
    print("value", e.value)
