# close/throw on fresh, running, and finished generators; return values.
def gen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("gen caught", e)
        yield "after throw"
    finally:
        print("gen finally")
    return "done"
g = gen()
g.close()
print(list(g))
g = gen()
try:
    g.throw(ValueError("early"))
except ValueError as e:
    print("fresh throw propagates:", e)
g = gen()
print(next(g), g.throw(ValueError("mid")))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value)
try:
    g.throw(KeyError("finished"))
except KeyError as e:
    print("finished throw:", e)
def returns():
    yield
    return [1, 2]
r = returns()
next(r)
try:
    r.send("x")
except StopIteration as e:
    print(e.value, e.args)
def swallow():
    try:
        yield 1
    except GeneratorExit:
        print("exit seen")
        raise
s = swallow()
next(s)
s.close()
def throw_type():
    try:
        yield
    except TypeError as e:
        yield repr(e)
t = throw_type()
next(t)
print(t.throw(TypeError))
def return_in_finally():
    try:
        yield 1
    finally:
        return "from finally"
q = return_in_finally()
next(q)
print(q.close())
