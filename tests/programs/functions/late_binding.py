# Closures in loops bind late; default arguments and factories bind early.
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
def make(n):
    return lambda: n
print([make(i)() for i in range(3)])
handlers = {}
for name in ["a", "b", "c"]:
    def handler():
        return name
    handlers[name] = handler
print([h() for h in handlers.values()])
name = "changed"
print([h() for h in handlers.values()])
gens = [(x for _ in range(1)) for x in range(3)]
print([list(g) for g in gens])
cells = []
for j in range(3):
    cells.append(lambda: j * 10)
j = 100
print([c() for c in cells])
def outer():
    fs = []
    k = 0
    while k < 3:
        fs.append(lambda: k)
        k += 1
    return fs
print([f() for f in outer()])
print([f.__closure__[0].cell_contents for f in outer()])
