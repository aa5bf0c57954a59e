# Truth testing: __bool__ first, then __len__, else always true; used by
# if/while/not/and/or/any/all/filter and conditional expressions.

log = []

class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        log.append("bool(%r)" % (self.v,))
        return self.v

class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        log.append("len(%r)" % (self.n,))
        return self.n

class Both:
    def __bool__(self):
        log.append("Both.bool")
        return True
    def __len__(self):
        log.append("Both.len")
        return 0

class Neither:
    pass

def check(label, obj):
    log.clear()
    print(label, bool(obj), not obj, "yes" if obj else "no", log)

check("B(True)", B(True))
check("B(False)", B(False))
check("L(0)", L(0))
check("L(3)", L(3))
check("Both", Both())
check("Neither", Neither())

log.clear()
print(B(False) or B(True) and "last", log)
log.clear()
r = B(True) and B(False)
print(type(r).__name__, r.v, log)
log.clear()
print(any([L(0), B(False), L(2)]), log)
log.clear()
print(all([L(1), B(True), L(0), B(True)]), log)
log.clear()
print([x.n for x in filter(None, [L(0), L(1), L(2)])], log)

log.clear()
n = 3
counter = L(n)
while counter:
    counter.n -= 1
print("loop done", counter.n, len(log))

# subclass of a builtin keeps the builtin truthiness unless overridden
class EmptyTrue(list):
    def __bool__(self):
        return True
class Zero(int):
    pass
print(bool(EmptyTrue()), bool(EmptyTrue([1])), bool(Zero(0)), bool(Zero(5)))
class FalseStr(str):
    def __len__(self):
        return 0
print(bool(FalseStr("abc")), len(FalseStr("abc")))

# __bool__ = None makes truth testing fail
class NoBool:
    __bool__ = None
try:
    bool(NoBool())
except TypeError as e:
    print("TypeError:", e)
class NoLen:
    __len__ = None
try:
    bool(NoLen())
except TypeError as e:
    print("TypeError:", e)

# __bool__ looked up on the type, not the instance
obj = Neither()
obj.__bool__ = lambda: False
obj.__len__ = lambda: 0
print(bool(obj))
print(bool(B), bool(L), bool(type))
