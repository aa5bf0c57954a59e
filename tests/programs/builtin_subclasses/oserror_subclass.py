# OSError subclasses: errno/strerror/filename unpacking from args still
# happens for subclasses, and str() formats like OSError.
class StorageError(OSError):
    pass

e = StorageError(2, "No such file", "data.txt")
print(e.errno, e.strerror, e.filename, e.args, str(e), repr(e))
e = StorageError("just a message")
print(e.errno, e.strerror, e.filename, e.args, str(e))
e = StorageError(13, "Denied")
print(e.errno, e.strerror, e.filename, str(e), e.args)
e = StorageError(1, 2, 3, 4, 5)
print(e.errno, e.strerror, e.filename, e.filename2, e.args, str(e))
e = StorageError(17, "Exists", "a", None, "b")
print(e.args, str(e), e.filename2)

class WithInit(OSError):
    def __init__(self, path):
        super().__init__(5, "I/O failure", path)
        self.path = path
w = WithInit("/x")
print(w.errno, w.strerror, w.filename, w.path, str(w), w.args)


for cls in [FileNotFoundError, PermissionError, IsADirectoryError, TimeoutError]:
    class Sub(cls):
        pass
    inst = Sub(99, "custom", "path")
    print(cls.__name__, type(inst).__name__, inst.errno, str(inst), isinstance(inst, OSError))

e = StorageError()
print(e.errno, e.args, repr(str(e)))
e.errno = 7
e.strerror = "seven"
print(e.errno, e.strerror, str(e), e.args)
print(EnvironmentError is OSError, IOError is OSError, issubclass(StorageError, EnvironmentError))
try:
    raise StorageError(28, "No space left", "disk.img")
except OSError as err:
    print(type(err).__name__, err, err.errno)
