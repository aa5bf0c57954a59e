# yield from: delegation, return value, send and throw pass through.
def inner():
    received = yield "inner-1"
    print("inner got", received)
    yield "inner-2"
    return "inner result"
def outer():
    result = yield from inner()
    print("outer got", result)
    yield from range(2)
    yield from "xy"
g = outer()
print(next(g))
print(g.send("hello"))
print(list(g))
def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def delegating():
    try:
        yield from inner()
    except ValueError as e:
        yield f"outer caught {e}"
d = delegating()
next(d)
print(d.throw(ValueError("thrown")))
def gen_return():
    return (yield from [])
try:
    next(gen_return())
except StopIteration as e:
    print("StopIteration", e.value)
