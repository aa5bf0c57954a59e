# throw() through yield from: handled by the sub-generator, propagated, or raised at the delegator.
def sub():
    while True:
        try:
            yield "sub waiting"
        except KeyError as e:
            print("  sub handled KeyError", e)
            yield "sub after KeyError"
        except IndexError:
            print("  sub returning on IndexError")
            return "sub-result"

def outer():
    try:
        r = yield from sub()
        print("  outer: sub returned", r)
        yield "outer after sub"
    except ValueError as e:
        print("  outer caught", type(e).__name__, e)
        yield "outer recovered"

g = outer()
print(next(g))
print(g.throw(KeyError("k1")))
print(next(g))
print(g.throw(IndexError))
print(g.throw(ValueError("at outer")))
print(list(g))

# exception not handled by the sub-generator propagates up; sub is finished
def sub2():
    yield 1
    yield 2

def outer2():
    try:
        yield from sub2()
    except ZeroDivisionError:
        print("  outer2 caught ZeroDivisionError")
    yield "outer2 tail"

o2 = outer2()
print(next(o2))
print(o2.throw(ZeroDivisionError))
print(list(o2))

# throw through yield from a plain iterator: raised at the delegator's yield from
def outer3():
    try:
        yield from iter([1, 2, 3])
    except RuntimeError as e:
        print("  outer3 caught", e)
        yield "outer3 recovered"

o3 = outer3()
print(next(o3))
print(o3.throw(RuntimeError("into list iterator")))
print(list(o3))

# iterator class with throw() method: it gets called
class Thrower:
    def __iter__(self):
        return self
    def __next__(self):
        return "Thrower next"
    def throw(self, typ, val=None, tb=None):
        print("  Thrower.throw called with", typ.__name__ if isinstance(typ, type) else type(typ).__name__)
        raise StopIteration("thrower-stopped")

def outer4():
    r = yield from Thrower()
    print("  outer4 result", r)
    yield "outer4 end"

o4 = outer4()
print(next(o4))
print(o4.throw(OSError("x")))
print(list(o4))

# deep chain: throw goes to the innermost generator
def level(n):
    if n == 0:
        try:
            yield "bottom"
        except LookupError as e:
            yield f"bottom handled {type(e).__name__}"
        return "bottom done"
    r = yield from level(n - 1)
    return f"level{n}({r})"

d = level(4)
print(next(d))
print(d.throw(KeyError))
try:
    next(d)
except StopIteration as e:
    print("chain result", e.value)

# GeneratorExit thrown (not close) into a chain: the sub-generator is closed first
def closing_sub():
    try:
        yield "cs"
    finally:
        print("  closing_sub finally")

def closing_outer():
    try:
        yield from closing_sub()
    except GeneratorExit:
        print("  closing_outer got GeneratorExit")
        raise

co = closing_outer()
next(co)
try:
    co.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit propagated out")
