# str() and repr() of built-in exceptions with 0, 1 and many args, and special classes.
for cls in [Exception, ValueError, KeyError, IndexError, OSError, StopIteration, SystemExit, UnicodeError]:
    for args in [(), ("msg",), ("a", 2)]:
        e = cls(*args)
        print(cls.__name__, repr(str(e)), repr(e), e.args)
print(str(KeyError("")), str(KeyError(0)), repr(KeyError(("a", "b"))), str(KeyError("a", "b")))
print(str(OSError(2, "No such file", "x.txt")), OSError(2, "x").errno, OSError("just text").errno, type(OSError(2, "x")).__name__)
print(str(FileNotFoundError(2, "gone", "f")), isinstance(OSError(13, "denied"), PermissionError), str(ImportError("m", name="mod")), ImportError("m", name="mod").name)
e = ValueError(ValueError("inner"))
print(str(e), repr(e))
