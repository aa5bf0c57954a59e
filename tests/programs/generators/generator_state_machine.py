# Generators as coroutines: priming, send protocol, state after exhaustion.
def grep(pattern):
    matches = []
    try:
        while True:
            line = yield len(matches)
            if pattern in line:
                matches.append(line)
    except GeneratorExit:
        print("closing with", matches)
        raise
g = grep("py")
print(next(g), g.send("python"), g.send("java"), g.send("pypy"))
g.close()
print(g.gi_running, list(g))
def counter():
    count = 0
    while True:
        cmd = yield count
        if cmd == "reset":
            count = 0
        elif cmd == "stop":
            return f"stopped at {count}"
        else:
            count += 1
c = counter()
print([next(c), next(c), next(c), c.send("reset"), next(c)])
try:
    c.send("stop")
except StopIteration as e:
    print(e.value)
try:
    next(c)
except StopIteration as e:
    print("again:", repr(e.value))
def relay():
    received = []
    while len(received) < 3:
        received.append((yield))
    return received
r = relay()
next(r)
r.send("a")
r.send("b")
try:
    r.send("c")
except StopIteration as e:
    print("relay returned", e.value)
