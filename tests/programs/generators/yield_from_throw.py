# throw and close reach the sub-iterator of a yield from first.
def sub():
    try:
        yield 1
        yield 2
    finally:
        print("sub closed")
def outer():
    try:
        yield from sub()
    finally:
        print("outer closed")
g = outer(); next(g); g.close()
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        return self.n
    def throw(self, e):
        print("It.throw", repr(e)); return "thrown-result"
    def close(self): print("It.close")
def o2():
    r = yield from It()
g = o2(); next(g); print(g.throw(ValueError("v"))); g.close()
def deep():
    x = yield from outer()
    yield "after"
g = deep(); next(g); 
try:
    g.throw(KeyError("x"))
except KeyError as e: print("KeyError", e)
def sub2():
    try:
        yield 1
    except ValueError:
        return "handled"
def o3():
    r = yield from sub2()
    yield r
g = o3(); next(g); print(g.throw(ValueError))
