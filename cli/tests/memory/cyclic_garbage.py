# A million iterations that each leave cyclic garbage behind: an object
# that refers to itself, a list and a dict that hold themselves, a closure,
# a bound method stored on its own object, a generator sent to itself, and
# a string of a kilobyte. Prints the peak resident memory in KiB.


class Node:
    def __init__(self):
        self.me = self

    def method(self):
        return self


def closure():
    def inner():
        return inner

    return inner


def generator():
    received = yield
    yield received


for i in range(1_000_000):
    node = Node()
    items = [i]
    items.append(items)
    table = {"t": None}
    table["t"] = table
    function = closure()
    node.bound = node.method
    gen = generator()
    next(gen)
    gen.send(gen)
    text = "x" * 1000 + str(i)

with open("/proc/self/status") as status:
    for line in status:
        if line.startswith("VmHWM:"):
            print(line.split()[1])
