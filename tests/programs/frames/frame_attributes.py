# Assigning frame attributes, frame.clear(), frames of exec and eval, and
# frames that outlive their run.
import gc
import sys

f = sys._getframe()
for name, value in [("f_lineno", 3), ("f_lineno", "x"), ("f_code", None), ("f_back", None),
                    ("f_locals", {}), ("f_trace_lines", 1), ("foo", 1)]:
    try:
        setattr(f, name, value)
    except Exception as e:
        print(name, type(e).__name__, e)
for name in ["f_lineno", "f_trace_opcodes", "f_globals"]:
    try:
        delattr(f, name)
    except Exception as e:
        print(name, type(e).__name__, e)
try:
    print(f.foo)
except AttributeError as e:
    print(e)
f.f_trace = print
print(f.f_trace is print)
del f.f_trace
print(f.f_trace, f.f_trace_lines, f.f_trace_opcodes)
f.f_trace_opcodes = True
print(f.f_trace_opcodes)
f.f_trace_opcodes = False

ns = {}
exec("import sys\nx = 1\nfr = sys._getframe()", ns)
print(ns["fr"].f_locals is ns, ns["fr"].f_back is f, ns["fr"].f_code.co_name)
loc = {}
exec("import sys\ny = 2\nfr = sys._getframe()", {}, loc)
print(loc["fr"].f_locals is loc, sorted(k for k in loc))
print(eval("__import__('sys')._getframe().f_code.co_name"))


def g():
    yield sys._getframe().f_back.f_code.co_name


print(list(g()), sum(1 for _ in g()))


def deep(n):
    if n == 0:
        return sys._getframe()
    return deep(n - 1)


fr = deep(50)
count = 0
while fr is not None:
    count += 1
    fr = fr.f_back
print(count)


def keep():
    a = [1]
    return sys._getframe()


frames = [keep() for _ in range(3)]
gc.collect()
print([fr.f_locals for fr in frames], frames[0].f_back is frames[1].f_back)


def cleared():
    a = 1
    return sys._getframe()


fr = cleared()
print(fr.f_locals)
fr.clear()
print(fr.f_locals)
try:
    sys._getframe().clear()
except RuntimeError as e:
    print(e)


def closing():
    try:
        yield 1
    finally:
        print("closed")


gen = closing()
next(gen)
gen.gi_frame.clear()
print(gen.gi_frame, gen.gi_running)


def clears_itself():
    yield sys._getframe().clear()


try:
    next(clears_itself())
except RuntimeError as e:
    print(e)
