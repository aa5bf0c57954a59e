# Compile-time and run-time rules of except*: no mixing with except, no
# bare except*, no break/continue/return in the handler, no ExceptionGroup
# as the type, and what sys.exc_info() and the bound name are.
import sys

sources = {
    "break": "for i in []:\n    try:\n        pass\n    except* ValueError:\n        break\n",
    "continue": "for i in []:\n    try:\n        pass\n    except* ValueError:\n        continue\n",
    "return": "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
    "loop inside ok": "try:\n    pass\nexcept* ValueError:\n    for i in []:\n        break\n",
    "def inside ok": "try:\n    pass\nexcept* ValueError:\n    def g():\n        return 1\n",
}
for name, src in sources.items():
    try:
        compile(src, "<star>", "exec")
        print(f"{name}: compiles")
    except SyntaxError as e:
        print(f"{name}: SyntaxError: {e.msg}")

for bad in ["ExceptionGroup", "BaseExceptionGroup", "(KeyError, ExceptionGroup)"]:
    try:
        exec(f"try:\n    raise ValueError(1)\nexcept* {bad}:\n    pass\n")
    except TypeError as e:
        print(bad, "-> TypeError:", e)

# The check happens only when a clause is reached.
try:
    exec("try:\n    pass\nexcept* ExceptionGroup:\n    pass\nprint('no exception, no check')")
except TypeError as e:
    print("TypeError:", e)

for bad in ["5", "'str'", "(ValueError, 1)"]:
    try:
        exec(f"try:\n    raise ValueError(1)\nexcept* {bad}:\n    pass\n")
    except TypeError as e:
        print(bad, "-> TypeError:", e)

# sys.exc_info() inside an except* handler is the matched sub-group.
try:
    raise ExceptionGroup("info", [ValueError(1), TypeError(2)])
except* ValueError:
    t, v, tb = sys.exc_info()
    print("exc_info:", t.__name__, repr(v), tb is not None)
except* TypeError:
    print("exception():", repr(sys.exception()) if hasattr(sys, "exception") else repr(sys.exc_info()[1]))
print("after:", sys.exc_info())

# The name bound by `as` is deleted after the handler.
try:
    raise ExceptionGroup("x", [ValueError()])
except* ValueError as bound:
    pass
try:
    bound
except NameError as e:
    print("NameError:", e)

# An exception raised and caught entirely inside the handler does not leak.
try:
    raise ExceptionGroup("x", [ValueError()])
except* ValueError:
    try:
        1 / 0
    except ZeroDivisionError:
        pass
print("nothing escaped")

# except* in a loop: each iteration independent.
for i in range(3):
    try:
        raise ExceptionGroup("loop", [ValueError(i)] * (i + 1))
    except* ValueError as eg:
        print("iteration", i, "got", len(eg.exceptions))
