# The traceback module: format_exc, print_exc, format_exception (its
# pieces), format_exception_only and print_exception, chains included.

import sys
import traceback


def fail(n):
    if n == 0:
        return 1 / n
    return fail(n - 1)


try:
    fail(2)
except ZeroDivisionError as error:
    caught = error
    text = traceback.format_exc()
    print(text)
    traceback.print_exc(file=sys.stdout)
    traceback.print_exc()

pieces = traceback.format_exception(caught)
print(len(pieces))
print("".join(pieces), end="")
print(traceback.format_exception_only(caught))
print(traceback.format_exception(type(caught), caught, caught.__traceback__)[-1], end="")
print(repr(traceback.format_exc()))

try:
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("while handling") from None
except ValueError:
    traceback.print_exc(file=sys.stdout)

try:
    try:
        int("x")
    except ValueError as inner:
        raise RuntimeError("wrapped") from inner
except RuntimeError as outer:
    for piece in traceback.format_exception(outer):
        print(repr(piece))
traceback.print_exception(caught, file=sys.stdout)
