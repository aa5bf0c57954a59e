# A generator's frame has no f_back while suspended or once its run ended,
# however it ended (returned, raised, closed), unlike a function's frame.
import sys
def g():
    yield 1
    raise ValueError
def caller():
    try:
        for x in g(): pass
    except ValueError as e:
        return e.__traceback__
tb = caller()
print(tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_back)
def h():
    yield sys._getframe()
gen = h()
fr = next(gen)
print(fr.f_back)
gen.close()
print(fr.f_back)
def k():
    f = sys._getframe()
    yield f
    return
gen = k()
fr = next(gen)
print(fr.f_back)
for _ in gen: pass
print(fr.f_back)
def plain():
    return sys._getframe()
print(plain().f_back is not None)
def k():
    x = 1
    f = sys._getframe()
    yield f
    x = 2
    yield 0
    x = 3
    yield 0
gen = k()
fr = next(gen)
print(fr.f_locals['x'], fr.f_lineno, fr.f_back)
next(gen)
print(fr.f_locals['x'], fr.f_lineno, fr.f_back)
for _ in gen: pass
print(fr.f_locals['x'], fr.f_lineno, fr.f_back)
def outer():
    yield from k()
gen = outer()
fr = next(gen)
print(fr.f_locals['x'], fr.f_lineno, fr.f_back)
next(gen)
print(fr.f_locals['x'], fr.f_lineno, fr.f_back)
