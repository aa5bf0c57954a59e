# close() through yield from: sub-generators are closed first, close() on iterators with a close method.
def inner(tag):
    try:
        yield f"{tag}-1"
        yield f"{tag}-2"
    except GeneratorExit:
        print(f"  {tag} got GeneratorExit")
        raise
    finally:
        print(f"  {tag} finally")

def middle():
    try:
        yield from inner("inner")
    finally:
        print("  middle finally")

def outer():
    try:
        yield from middle()
    finally:
        print("  outer finally")

g = outer()
print(next(g))
print("closing")
g.close()
print("closed; next ->", next(g, "exhausted"))

# iterator object with close(): called on close()
class Closable:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        return self.n
    def close(self):
        print("  Closable.close called at", self.n)

def over_closable():
    try:
        yield from Closable()
    finally:
        print("  over_closable finally")

oc = over_closable()
print(next(oc), next(oc))
oc.close()

# iterator without close(): close() just raises GeneratorExit at the delegator
def over_list():
    try:
        yield from [1, 2, 3]
    except GeneratorExit:
        print("  over_list got GeneratorExit")
        raise

ol = over_list()
print(next(ol))
ol.close()

# close() method of the iterator raising an error propagates
class BadClose:
    def __iter__(self):
        return self
    def __next__(self):
        return "bad"
    def close(self):
        raise ValueError("close failed")

def over_bad():
    try:
        yield from BadClose()
    finally:
        print("  over_bad finally")

ob = over_bad()
print(next(ob))
try:
    ob.close()
except ValueError as e:
    print(type(e).__name__, e)

# sub-generator ignoring GeneratorExit during delegated close
stop = False
def stubborn():
    while not stop:
        try:
            yield "stubborn"
        except GeneratorExit:
            print("  stubborn ignoring")

st = stubborn()
def over_stubborn():
    yield from st

os_ = over_stubborn()
print(next(os_))
try:
    os_.close()
except RuntimeError as e:
    print(type(e).__name__, e)
stop = True
print(list(os_), list(st))

# sub-generator returning during close: delegator still sees GeneratorExit
def returns_on_close():
    try:
        yield "r"
    except GeneratorExit:
        print("  sub returning on close")
        return "ignored"

def over_returns():
    try:
        v = yield from returns_on_close()
        print("  not reached", v)
    except GeneratorExit:
        print("  delegator saw GeneratorExit")
        raise

orr = over_returns()
next(orr)
print("close ->", orr.close())
