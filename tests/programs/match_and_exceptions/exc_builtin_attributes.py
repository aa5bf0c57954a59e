# Structured built-in exceptions: OSError's errno/strerror/filename and
# subclass mapping, SyntaxError fields from compile(), ImportError
# name/path, AttributeError/NameError name.


def show(e):
    print(f"{type(e).__name__}: str={str(e)!r} args={e.args!r}")


# OSError with 2 args maps errno to a subclass.
for args in [(), ("just message",), (2, "No such file"), (13, "Denied", "f.txt"),
             (17, "Exists", "a", None, "b"), (1, 2, 3, 4, 5, 6)]:
    e = OSError(*args)
    show(e)
    print("   errno", e.errno, "strerror", e.strerror, "filename", e.filename,
          "filename2", e.filename2)
print(type(OSError(2, "x")).__name__, type(OSError(13, "x")).__name__,
      type(OSError(11, "x")).__name__, type(OSError(99999, "x")).__name__)
print(IOError is OSError, EnvironmentError is OSError)
print(issubclass(FileNotFoundError, OSError), FileExistsError.__mro__[1].__name__)
fe = FileNotFoundError(2, "No such file or directory", "missing.txt")
print(str(fe), repr(fe))
print(str(PermissionError("plain")), PermissionError("plain").errno)

# SyntaxError fields.
try:
    compile("x = (1,\n", "<src>", "exec")
except SyntaxError as e:
    print(type(e).__name__, repr(e.msg), e.filename, e.lineno, e.offset)
try:
    compile("def f():\n\treturn 1\n        return 2\n", "<tabs>", "exec")
except (TabError, IndentationError, SyntaxError) as e:
    print(type(e).__name__, e.msg)

# ImportError name and path.
i = ImportError("cannot import", name="mod", path="/p/mod.py")
print(str(i), repr(i), i.name, i.path, i.msg)
print(ImportError().name, ModuleNotFoundError("m").name)
try:
    ImportError("x", bogus=1)
except TypeError as e:
    print("TypeError:", e)
try:
    import definitely_not_a_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)

# AttributeError / NameError carry name and obj.
try:
    (5).nope
except AttributeError as e:
    print(e, "| name:", e.name, "| obj:", e.obj)
try:
    undefined_thing
except NameError as e:
    print(e, "| name:", e.name)

# StopIteration has value, StopAsyncIteration does not.
print(StopIteration("v").value, hasattr(StopAsyncIteration(5), "value"))
