# Evaluation order of augmented assignment to subscripts and attributes:
# container and key evaluated once, then __getitem__, the in-place op,
# and __setitem__ (also when __iadd__ mutates in place).

log = []

class Trace:
    def __init__(self, name, data):
        self.name = name
        self.data = data
    def __getitem__(self, k):
        log.append("%s.getitem(%r)" % (self.name, k))
        return self.data[k]
    def __setitem__(self, k, v):
        log.append("%s.setitem(%r, %r)" % (self.name, k, v))
        self.data[k] = v

class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Num(%r)" % self.v
    def __iadd__(self, other):
        log.append("Num.iadd(%r)" % other)
        self.v += other
        return self
    def __add__(self, other):
        log.append("Num.add(%r)" % other)
        return Num(self.v + other)

def container():
    log.append("eval container")
    return t

def key():
    log.append("eval key")
    return "k"

def value():
    log.append("eval value")
    return 5

t = Trace("t", {"k": 1})
container()[key()] += value()
print(log, t.data)

log.clear()
t.data["k"] = Num(1)
container()[key()] += value()
print(log, t.data)

log.clear()
t.data["k"] = Num(1)
try:
    container()[key()] -= value()
except TypeError as e:
    print("TypeError:", e, log)

# attributes: __getattribute__-free classes with properties tracing access
class Holder:
    def __init__(self):
        self._x = 10
    @property
    def x(self):
        log.append("get x")
        return self._x
    @x.setter
    def x(self, v):
        log.append("set x = %r" % (v,))
        self._x = v

log.clear()
h = Holder()
h.x += 5
h.x *= 2
print(log, h._x)

# the famous tuple item case: __iadd__ mutates, then assignment fails
tup = ([1],)
try:
    tup[0] += [2]
except TypeError as e:
    print("TypeError:", e)
print(tup)

# in-place op on a slice
lst = [1, 2, 3, 4]
lst[1:3] += ["x"]
print(lst)
t2 = Trace("t2", [10, 20, 30])
log.clear()
t2[0:2] += [1]
print(log, t2.data)

# augmented assignment on a global and on a closure variable
counter = Num(0)
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
def outer():
    n = Num(10)
    def inner():
        nonlocal n
        n += 1
        return n
    inner()
    return inner()
print(outer())
