# traceback's stack functions, built on frame objects.
import io
import sys
import traceback


def names(stack):
    return [(entry.name, entry.lineno, entry.line) for entry in stack]


def leaf():
    return traceback.extract_stack()


def branch():
    return leaf()


stack = branch()
print(names(stack)[-3:])
print(names(traceback.extract_stack(limit=1)))


def limited():
    here = sys._getframe()
    return names(traceback.extract_stack(here, limit=2)), names(traceback.extract_stack(here, limit=-1))


print(limited())


def formatted():
    lines = traceback.format_stack()
    return [line.replace(__file__, "FILE") for line in lines[-2:]]


print("".join(formatted()), end="")


def printed():
    out = io.StringIO()
    traceback.print_stack(file=out)
    return out.getvalue().replace(__file__, "FILE").splitlines()[-4:]


for line in printed():
    print(line)


def walked():
    frame = sys._getframe()
    return [(f.f_code.co_name, lineno) for f, lineno in traceback.walk_stack(frame)][:2]


print(walked())


def with_locals():
    token = "abc"
    stack = traceback.StackSummary.extract(traceback.walk_stack(sys._getframe()),
                                           limit=1, capture_locals=True)
    return stack[0].locals


print(sorted(with_locals().items()))
summary = traceback.StackSummary.extract(traceback.walk_stack(sys._getframe()), lookup_lines=False)
print(len(summary), summary[0].name, summary[0].line)


def fails():
    big = list(range(3))
    raise ValueError("x")


def clears():
    try:
        fails()
    except ValueError as e:
        tb = e.__traceback__
    print(sorted(tb.tb_next.tb_frame.f_locals))
    traceback.clear_frames(tb)
    return tb


tb = clears()
print(tb.tb_next.tb_frame.f_locals, sorted(tb.tb_frame.f_locals))
