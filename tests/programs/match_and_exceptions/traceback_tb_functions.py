# traceback.extract_tb / format_tb / print_tb / format_list / walk_tb and
# TracebackException over a caught exception's __traceback__.
import sys
import traceback


def level3():
    raise ValueError("deep")


def level2():
    level3()


try:
    level2()
except ValueError as e:
    err = e

summary = traceback.extract_tb(err.__traceback__)
print(type(summary).__name__, len(summary))
for fs in summary:
    print("frame:", fs.name, fs.lineno, repr(fs.line), fs.filename.endswith(".py"))
print("".join(traceback.format_tb(err.__traceback__)), end="")
print(traceback.format_list(summary[-1:]))
traceback.print_tb(err.__traceback__, file=sys.stdout)
traceback.print_tb(err.__traceback__, limit=1, file=sys.stdout)
print([lineno for _, lineno in traceback.walk_tb(err.__traceback__)])
te = traceback.TracebackException.from_exception(err)
print(te.exc_type.__name__, str(te), len(te.stack))
print("".join(te.format_exception_only()), end="")
print("".join(te.format()), end="")
