# Augmented assignment on attributes: order of __getattribute__/__setattr__ calls and __iadd__.
log = []
class Traced:
    def __init__(self):
        object.__setattr__(self, "n", 1)
        object.__setattr__(self, "items", [1])
        object.__setattr__(self, "text", "a")
    def __getattribute__(self, name):
        if name != "__dict__":
            log.append(("get", name))
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        log.append(("set", name, value))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        log.append(("del", name))
        object.__delattr__(self, name)

t = Traced()
t.n += 5
t.items += [2]
t.text *= 3
t.n, t.text = t.text, t.n
del t.n
for entry in log:
    print(entry)
log.clear()

# In-place operator result is always assigned back, even when __iadd__ returns self.
class Acc:
    def __init__(self):
        self.total = 0
    def __iadd__(self, other):
        self.total += other
        return self
class Holder:
    def __init__(self):
        object.__setattr__(self, "acc", Acc())
    def __setattr__(self, name, value):
        print("Holder.__setattr__", name, type(value).__name__)
        object.__setattr__(self, name, value)
h = Holder()
h.acc += 5
h.acc += 6
print(h.acc.total)

# Augmented assignment to a read-only property: getter runs, then setting fails.
class RO:
    @property
    def v(self):
        print("getter called")
        return [1]
r = RO()
try:
    r.v += [2]
except AttributeError as e:
    print("AttributeError", e)

# Augmented assignment on class attributes via the instance creates an instance attribute.
class K:
    count = 10
    shared = []
k = K()
k.count += 1
k.shared += ["x"]
print(k.count, K.count, k.shared, K.shared, sorted(vars(k)))

# Chained attribute targets evaluate left to right once.
class Node:
    def __init__(self, name):
        self.name = name
        self.child = None
        self.value = 0
calls = []
def get(node):
    calls.append(node.name)
    return node
root = Node("root")
root.child = Node("child")
get(root).child.value += 7
get(root.child).value -= 2
print(root.child.value, calls)
# Missing attribute in augmented assignment.
try:
    root.nothing += 1
except AttributeError as e:
    print("AttributeError", e)
