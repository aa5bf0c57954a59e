# Custom exception hierarchies with __str__, __init__ and extra fields.
class AppError(Exception):
    def __str__(self):
        return f"[app] {super().__str__()}"
class ConfigError(AppError):
    def __init__(self, key, reason="missing"):
        super().__init__(key, reason)
        self.key = key
        self.reason = reason
    def __str__(self):
        return f"config {self.key!r}: {self.reason}"
class NetworkError(AppError, ConnectionError):
    pass
for exc in [AppError("plain"), ConfigError("port"), ConfigError("host", "bad"), NetworkError("down")]:
    try:
        raise exc
    except ConfigError as e:
        print("config", e, e.args, repr(e))
    except AppError as e:
        print("app", e, e.args, isinstance(e, OSError))
print([c.__name__ for c in NetworkError.__mro__])
try:
    raise NetworkError(111, "refused")
except OSError as e:
    print(e.errno, e.strerror, str(e))
class NoArgs(Exception):
    def __init__(self):
        pass
n = NoArgs()
print(n.args, repr(n), str(n))
class Weird(Exception):
    def __repr__(self):
        return "Weird!"
print(repr(Weird("x")), str(Weird("x")), [Weird()])
class WithNew(ValueError):
    def __new__(cls, *args):
        self = super().__new__(cls, *args)
        self.extra = "set in new"
        return self
w = WithNew("v")
print(w.extra, w.args, isinstance(w, ValueError))
try:
    raise ConfigError
except TypeError as e:
    print("TypeError:", e)
