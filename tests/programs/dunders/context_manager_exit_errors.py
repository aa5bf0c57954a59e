# Exceptions in __exit__, truthiness of __exit__'s result, and exception
# chaining when __exit__ raises while handling another exception.

class Exits:
    def __init__(self, result=None, raise_exc=None):
        self.result = result
        self.raise_exc = raise_exc
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if self.raise_exc is not None:
            raise self.raise_exc
        return self.result

def attempt(label, cm, body_exc=None):
    try:
        with cm:
            if body_exc is not None:
                raise body_exc
        print(label, "completed")
    except Exception as e:
        ctx = e.__context__
        print(label, "raised", type(e).__name__, e,
              "| context:", type(ctx).__name__ if ctx else None,
              "| suppress_context:", e.__suppress_context__)

# truthiness of the return value decides suppression
attempt("ret 1", Exits(1), ValueError("v"))
attempt("ret 'yes'", Exits("yes"), ValueError("v"))
attempt("ret 0", Exits(0), ValueError("v"))
attempt("ret []", Exits([]), ValueError("v"))
attempt("ret None", Exits(None), ValueError("v"))
attempt("ret True", Exits(True), ValueError("v"))

class Truthy:
    def __bool__(self):
        print("  __bool__ of exit result called")
        return True
attempt("ret object with __bool__", Exits(Truthy()), ValueError("v"))

class BadBool:
    def __bool__(self):
        raise OSError("cannot decide")
attempt("ret BadBool", Exits(BadBool()), ValueError("v"))

# __exit__ raising
attempt("exit raises, no body exc", Exits(raise_exc=KeyError("from exit")))
attempt("exit raises during exc", Exits(raise_exc=KeyError("from exit")), ValueError("body"))

# __exit__ re-raising the same exception
class Reraise:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if ev is not None:
            raise ev
attempt("exit re-raises", Reraise(), ValueError("body"))

# __exit__ raising from
class RaiseFrom:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if ev is not None:
            raise RuntimeError("wrapped") from ev
try:
    with RaiseFrom():
        raise IndexError("orig")
except RuntimeError as e:
    print("wrapped:", repr(e.__cause__), e.__suppress_context__)

# suppression makes the with statement complete normally
def suppressed_value():
    with Exits(True):
        raise ValueError("x")
        return "unreachable"
    return "after with"
print(suppressed_value())

# exit sees the exception type, value and traceback
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("exit got", et.__name__, ev.args, type(tb).__name__, tb.tb_lineno > 0)
        return True
with Inspect():
    raise LookupError("a", 1)

# an uncaught exception from __exit__ ends the program
with Exits(raise_exc=SystemError("exit exploded")):
    pass
