# tb_frame: the frames a traceback passed through, with their variables.
import sys
import traceback


def inner(n):
    secret = n * 2
    raise ValueError(f"bad {n}")


def middle(n):
    label = "middle"
    return inner(n + 1)


def run():
    try:
        middle(1)
    except ValueError as e:
        here = sys._getframe()
        tb = e.__traceback__
        print(tb.tb_frame is here, tb.tb_frame.f_code.co_name)
        return e


error = run()
tb = error.__traceback__
while tb is not None:
    frame = tb.tb_frame
    names = sorted(k for k in frame.f_locals if k not in ("here", "tb", "e"))
    print(type(frame).__name__, frame.f_code.co_name, tb.tb_lineno, frame.f_lineno, names)
    tb = tb.tb_next

last = error.__traceback__.tb_next.tb_next
print(sorted(last.tb_frame.f_locals.items()))
print(last.tb_frame.f_back.f_code.co_name, last.tb_frame.f_back.f_back.f_code.co_name)
print(isinstance(error.__traceback__.tb_lasti, int))

for frame, lineno in traceback.walk_tb(error.__traceback__):
    print(frame.f_code.co_name, lineno, frame.f_globals is globals())

summary = traceback.TracebackException.from_exception(error, capture_locals=True)
for entry in summary.stack:
    shown = {k: v for k, v in (entry.locals or {}).items() if k not in ("here", "tb")}
    print(entry.name, entry.lineno, sorted(shown.items()))
print(traceback.extract_tb(error.__traceback__)[-1].locals)

print("".join(summary.format()).count("secret = "))


def handled_here():
    value = 42
    try:
        1 / 0
    except ZeroDivisionError:
        tb = sys.exc_info()[2]
        return tb.tb_frame is sys._getframe(), tb.tb_frame.f_locals["value"]


print(handled_here())


def gen():
    x = "in generator"
    yield 1
    raise KeyError(x)


g = gen()
next(g)
try:
    next(g)
except KeyError as e:
    first, second = e.__traceback__, e.__traceback__.tb_next
    print(first.tb_frame.f_code.co_name, first.tb_frame.f_locals is globals())
    print(second.tb_frame.f_code.co_name, sorted(second.tb_frame.f_locals))
    print(e.__traceback__.tb_next.tb_frame.f_locals["x"])
