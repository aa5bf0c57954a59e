errors = [
    (lambda: [][1], IndexError), (lambda: {}["k"], KeyError), (lambda: int("x"), ValueError),
    (lambda: None.attr, AttributeError), (lambda: undefined_thing, NameError), (lambda: 1 / 0, ZeroDivisionError),
    (lambda: open("/nonexistent/file.txt"), FileNotFoundError), (lambda: "a" + 1, TypeError),
    (lambda: next(iter([])), StopIteration), (lambda: __import__("no_such_module_x"), ModuleNotFoundError),
    (lambda: float("1e400") * 0 + int(float("inf")), OverflowError), (lambda: chr(-1), ValueError),
]
for fn, expected in errors:
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, isinstance(e, expected), repr(str(e)), len(e.args))
try:
    open("/nonexistent/file.txt")
except OSError as e:
    print(e.errno, e.strerror, e.filename, isinstance(e, FileNotFoundError))
try:
    __import__("no_such_module_x")
except ImportError as e:
    print(e.name, repr(e.path), str(e))
try:
    {}["key"]
except LookupError as e:
    print(repr(e), e.args[0], str(e))
print(KeyError("a").args, repr(KeyError()), str(IndexError("i")), repr(ValueError("a", 1)), str(ValueError("a", 1)))
print(issubclass(FileNotFoundError, OSError), issubclass(ModuleNotFoundError, ImportError), issubclass(KeyError, LookupError))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(RecursionError, RuntimeError), issubclass(StopIteration, Exception))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException), IOError is OSError, EnvironmentError is OSError)
