# throw(): exception class, instance, (type, value), (type, value, tb).
def catcher():
    while True:
        try:
            yield "waiting"
        except Exception as e:
            print("caught", type(e).__name__, e.args)
            yield f"handled {type(e).__name__}"

g = catcher()
print(next(g))
print(g.throw(ValueError))
print(next(g))
print(g.throw(ValueError("inst")))
print(next(g))
print(g.throw(KeyError, "k"))
print(next(g))
print(g.throw(KeyError, ("a", "b")))
print(next(g))
print(g.throw(TypeError, TypeError("tv")))
print(next(g))
print(g.throw(IndexError, None))
print(next(g))
print(g.throw(IndexError, None, None))
print(next(g))
print(g.throw(IndexError, 5, None))
print(next(g))

# instance plus a value is rejected
try:
    g.throw(ValueError("x"), "extra")
except TypeError as e:
    print(type(e).__name__, e)

# non-exception objects
for bad in [1, "str", object, int]:
    try:
        g.throw(bad)
    except TypeError as e:
        print(type(e).__name__, e)

print(next(g))
g.close()

# throw into a just-started generator raises at the top without running it
def never_runs():
    print("body ran")
    yield 1

n = never_runs()
try:
    n.throw(RuntimeError("early"))
except RuntimeError as e:
    print("early throw:", e)
try:
    next(n)
except StopIteration:
    print("after early throw the generator is finished")

# throw into an exhausted generator re-raises the thrown exception
def short():
    yield 1

s = short()
list(s)
try:
    s.throw(ZeroDivisionError("late"))
except ZeroDivisionError as e:
    print("late throw:", e)

# throwing with a traceback object collected from a real exception
def make_tb():
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e.__traceback__

tb = make_tb()
c = catcher()
next(c)
print(c.throw(ZeroDivisionError, ZeroDivisionError("with tb"), tb))
c.close()
