# gi_frame, cr_frame and ag_frame: the frame of a generator-like object.
import sys


def counter(n):
    total = 0
    for i in range(n):
        total += i
        yield total
    done = True


g = counter(3)
f = g.gi_frame
print(f is g.gi_frame, f.f_lineno == counter.__code__.co_firstlineno, f.f_lasti)
print(sorted(f.f_locals.items()), f.f_back)
next(g)
print(f is g.gi_frame, f.f_lineno, sorted(f.f_locals.items()), f.f_back)
next(g)
print(sorted(f.f_locals.items()), f.f_lasti > 0)
print(list(g), g.gi_frame)
print(sorted(f.f_locals.items()), f.f_lineno)


def introspect():
    me = sys._getframe()
    yield me
    yield me.f_back.f_code.co_name if me.f_back else None


def drive():
    it = introspect()
    frame = next(it)
    print(frame is it.gi_frame, frame.f_code.co_name, frame.f_back)
    print(next(it))
    return it


it = drive()
print([x for x in it], it.gi_frame)


def running():
    yield sys._getframe().f_back.f_code.co_name
    yield running_gen.gi_frame is sys._getframe()


running_gen = running()
for value in running_gen:
    print("running:", value)


def closing():
    try:
        yield 1
    finally:
        print("closing at", sys._getframe().f_lineno)


c = closing()
cf = c.gi_frame
next(c)
c.close()
print(c.gi_frame, cf.f_lineno)

never = counter(2)
nf = never.gi_frame
never.close()
print(never.gi_frame, sorted(nf.f_locals.items()))


async def coro(x):
    y = x + 1
    return y


co = coro(1)
print(type(co.cr_frame).__name__, co.cr_frame.f_code.co_name, sorted(co.cr_frame.f_locals.items()))
try:
    co.send(None)
except StopIteration as stop:
    print("returned", stop.value, co.cr_frame)


async def agen():
    a = 1
    yield a
    b = 2
    yield b


ag = agen()
print(type(ag.ag_frame).__name__, ag.ag_frame.f_code.co_name)
step = ag.__anext__()
try:
    step.send(None)
except StopIteration as stop:
    print("yielded", stop.value, sorted(ag.ag_frame.f_locals.items()))
try:
    g.gi_frame = None
except AttributeError as e:
    print(e)
try:
    co.cr_frame = None
except AttributeError as e:
    print(e)
