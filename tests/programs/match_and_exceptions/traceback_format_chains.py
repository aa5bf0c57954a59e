# traceback.format_exc / format_exception / print_exc on chained
# exceptions (cause, context, suppressed context), printed to stdout, and
# print_exc() with no file writing to stderr.
import sys
import traceback


def parse(text):
    return int(text)


def load(text):
    try:
        return parse(text)
    except ValueError as e:
        raise RuntimeError(f"cannot load {text!r}") from e


def load_quietly(text):
    try:
        return parse(text)
    except ValueError:
        raise LookupError("quiet") from None


def load_implicit(text):
    try:
        return parse(text)
    except ValueError:
        return {}[text]


for fn in (load, load_quietly, load_implicit):
    try:
        fn("abc")
    except Exception:
        print(f"=== format_exc for {fn.__name__}")
        print(traceback.format_exc(), end="")

try:
    load("x")
except RuntimeError as e:
    parts = traceback.format_exception(e)
    print("=== format_exception pieces:", len(parts))
    for p in parts:
        print(repr(p))
    print("=== print_exception to stdout")
    traceback.print_exception(e, file=sys.stdout)

# Outside a handler, format_exc reports no exception.
print("=== outside:", repr(traceback.format_exc()))

# print_exc with no file goes to stderr.
try:
    load_implicit("y")
except KeyError:
    print("=== print_exc to stderr")
    traceback.print_exc()
    sys.stderr.flush()
print("=== done")
