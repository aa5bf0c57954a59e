def countdown(n):
    while n > 0:
        received = yield n
        if received:
            n = received
        n -= 1
    return "done"

g = countdown(5)
print(next(g), next(g), g.send(10), next(g))

def delegate():
    result = yield from countdown(2)
    print("delegate got", result)
    yield "end"

print(list(delegate()))

def squares():
    for i in range(4):
        yield i * i

print(sum(x for x in squares()), list(zip(squares(), "abcd")))

def stop_inside():
    yield 1
    raise StopIteration

try:
    list(stop_inside())
except RuntimeError as error:
    print("RuntimeError:", error)
