# traceback functions honour limit= (positive, negative, zero) and chain=False.
import sys, traceback
def parse(text):
    return int(text)
def load(text):
    try:
        return parse(text)
    except ValueError as e:
        raise RuntimeError("cannot load") from e
try:
    load("x")
except RuntimeError as e:
    print("=== format_exception chain=False")
    print("".join(traceback.format_exception(e, chain=False)), end="")
    print("=== format_exception limit=1")
    print("".join(traceback.format_exception(e, limit=1)), end="")
    print("=== format_exception limit=-1")
    print("".join(traceback.format_exception(e, limit=-1)), end="")
    print("=== format_exc(limit=1, chain=False)")
    print(traceback.format_exc(limit=1, chain=False), end="")
    print("=== print_exc(chain=False)")
    traceback.print_exc(chain=False, file=sys.stdout)
    print("=== print_exception(limit=0)")
    traceback.print_exception(e, limit=0, file=sys.stdout)
