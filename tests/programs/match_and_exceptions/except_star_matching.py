# except* clauses: each leaf is handled by the first clause that matches
# it, tuples of types, nested groups keep their shape in what a handler
# sees, every matching clause runs once, and leftovers propagate.


def tree(g):
    if isinstance(g, BaseExceptionGroup):
        return f"{g.message}[{', '.join(tree(e) for e in g.exceptions)}]"
    return f"{type(g).__name__}({g.args[0] if g.args else ''})"


def run(group):
    print("raise", tree(group))
    try:
        try:
            raise group
        except* (KeyError, IndexError) as eg:
            print("  lookup clause:", tree(eg))
        except* LookupError as eg:
            print("  LookupError clause:", tree(eg))
        except* ValueError as eg:
            print("  ValueError clause:", tree(eg))
        except* ArithmeticError:
            print("  ArithmeticError clause (no name)")
    except BaseException as rest:
        print("  escaped:", type(rest).__name__, tree(rest))


run(ExceptionGroup("g", [KeyError("k"), LookupError("l"), ValueError("v")]))
run(ExceptionGroup("g", [IndexError(1), ExceptionGroup("in", [KeyError(2), ZeroDivisionError(3)])]))
run(ExceptionGroup("g", [ValueError(1), ExceptionGroup("in", [ValueError(2), ExceptionGroup("deep", [ValueError(3)])])]))
run(ExceptionGroup("g", [OSError("o"), ValueError("v"), TypeError("t")]))
run(ExceptionGroup("g", [OSError("o")]))
run(ValueError("bare"))
run(KeyError("bare key"))
run(TypeError("bare unmatched"))
run(BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError("v")]))


# A clause runs at most once even when several leaves match.
count = 0
try:
    raise ExceptionGroup("many", [ValueError(i) for i in range(5)])
except* ValueError as eg:
    count += 1
    print("one call with", len(eg.exceptions), "exceptions; calls:", count)

# The naked exception is wrapped in an ExceptionGroup with an empty message.
try:
    raise IndexError("naked")
except* IndexError as eg:
    print(type(eg).__name__, repr(eg.message), eg.exceptions, eg.exceptions[0].__traceback__ is not None)

# Base exceptions are wrapped in a BaseExceptionGroup.
try:
    raise SystemExit(3)
except* SystemExit as eg:
    print(type(eg).__name__, repr(eg))

# Clauses with else and finally.
for group in [None, ExceptionGroup("e", [ValueError()])]:
    try:
        if group:
            raise group
    except* ValueError:
        print("handled")
    else:
        print("else: nothing raised")
    finally:
        print("finally")

# except* inside a function that returns normally afterwards.
def f():
    try:
        raise ExceptionGroup("x", [KeyError("a"), KeyError("b")])
    except* KeyError as eg:
        keys = sorted(e.args[0] for e in eg.exceptions)
    return keys


print(f())
