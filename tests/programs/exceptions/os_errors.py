# OSError: errno-based subclasses, attributes, messages; ImportError attributes.
for args in [(2, "No such file or directory"), (13, "Permission denied", "secret.txt"), (17, "File exists"), (99, "Other"), ("just a message",)]:
    e = OSError(*args)
    print(type(e).__name__, e.errno, e.strerror, e.filename, "|", e)
try:
    raise FileNotFoundError(2, "No such file or directory", "missing.txt")
except OSError as e:
    print(repr(e), e.errno, e.filename, isinstance(e, FileNotFoundError))
print(issubclass(ConnectionRefusedError, ConnectionError), issubclass(TimeoutError, OSError), IOError is OSError, EnvironmentError is OSError)
try:
    import definitely_not_a_module
except ImportError as e:
    print(type(e).__name__, e.name, e.path, e)
e = ImportError("custom")
print(e.name, e.path, e.args)
