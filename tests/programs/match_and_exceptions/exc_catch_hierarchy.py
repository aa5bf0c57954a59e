# Which handler catches what: base classes, tuples (computed ones; nested
# ones are rejected), first matching clause wins, the TypeError for
# non-exception classes in except, and the built-in hierarchy.


def which(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return f"lookup-specific {type(e).__name__}"
    except LookupError as e:
        return f"lookup {type(e).__name__}"
    except ArithmeticError as e:
        return f"arithmetic {type(e).__name__}"
    except (OSError, EOFError, ImportError) as e:
        return f"io-ish {type(e).__name__}"
    except Exception as e:
        return f"generic {type(e).__name__}"
    except BaseException as e:
        return f"base {type(e).__name__}"


for exc in [KeyError(), IndexError(), LookupError(), ZeroDivisionError(), OverflowError(), FloatingPointError(), FileNotFoundError(),
            EOFError(), ModuleNotFoundError(), ValueError(), UnicodeError(), RecursionError(),
            KeyboardInterrupt(), SystemExit(), GeneratorExit(), StopIteration()]:
    print(f"{type(exc).__name__:22} {which(exc)}")

# Nested tuples are not flattened: the inner tuple is not a class.
try:
    try:
        raise EOFError
    except (OSError, (EOFError,)):
        print("no")
except TypeError as e:
    print("nested tuple -> TypeError:", e)

# Tuples built at run time.
catchable = tuple([TypeError, ValueError])
try:
    int(None)
except catchable as e:
    print("computed tuple caught", type(e).__name__)

# A non-exception class in except is only an error when it is checked.
try:
    try:
        raise ValueError("v")
    except int:
        print("no")
except TypeError as e:
    print("TypeError:", e)

try:
    try:
        raise ValueError("v")
    except (ValueError, int):
        print("matched before reaching int: no error")
except TypeError as e:
    print("TypeError:", e)

try:
    try:
        raise KeyError("k")
    except (ValueError, "str"):
        print("no")
except TypeError as e:
    print("TypeError:", e)

try:
    pass
except int:
    pass
print("no exception: except clause never evaluated")

# Custom hierarchies with multiple inheritance.
class AppError(Exception):
    pass


class NotFound(AppError, LookupError):
    pass


class Timeout(AppError, OSError):
    pass


for exc in [NotFound("n"), Timeout("t")]:
    print(type(exc).__name__, which(exc), [c.__name__ for c in type(exc).__mro__])
    try:
        raise exc
    except AppError:
        print("  caught as AppError")

# Hierarchy facts.
for cls in [StopAsyncIteration, UnicodeTranslateError, TabError, BrokenPipeError,
            ConnectionRefusedError, NotImplementedError, ExceptionGroup, Warning,
            DeprecationWarning, BaseExceptionGroup, TimeoutError]:
    print(cls.__name__, "->", cls.__bases__[0].__name__)
