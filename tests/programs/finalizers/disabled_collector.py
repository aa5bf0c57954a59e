# With the collector disabled, cycles wait for an explicit gc.collect(),
# however much is allocated meanwhile; enabling it again restores the
# automatic collections.
import gc

finalized = []


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        finalized.append(self.name)


gc.collect()
gc.disable()
print(gc.isenabled())
for i in range(3):
    a = Node(f"a{i}")
    b = Node(f"b{i}")
    a.other = b
    b.other = a
del a, b
junk = [[j] for j in range(60_000)]
text = "x" * 5_000_000
print("before collect:", sorted(finalized))
gc.collect()
print("after collect:", sorted(finalized))

gc.enable()
print(gc.isenabled())
finalized.clear()
for i in range(3):
    a = Node(f"c{i}")
    a.other = a
del a
gc.set_threshold(10)
print(gc.get_threshold()[0])
junk = [[j] for j in range(100)]
print("enabled:", sorted(finalized))
