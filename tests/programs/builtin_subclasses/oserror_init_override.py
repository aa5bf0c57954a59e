# When an OSError subclass overrides __init__ (but not __new__), OSError
# defers argument parsing to OSError.__init__: if the override never calls it,
# errno/strerror/filename stay None and args stays empty.
class Custom(OSError):
    def __init__(self, *args):
        self.custom = args
c = Custom(2, "msg", "f")
print(c.errno, c.strerror, c.filename, c.args, c.custom, str(c))
class CallsSuper(OSError):
    def __init__(self, *args):
        super().__init__(*args)
        self.n = len(args)
s = CallsSuper(2, "msg", "f")
print(s.errno, s.strerror, s.filename, s.args, s.n, str(s))
class NewOverride(OSError):
    def __new__(cls, *args):
        return super().__new__(cls, *args)
n = NewOverride(3, "new", "g")
print(n.errno, n.strerror, n.filename, n.args, str(n))
class Both(OSError):
    def __new__(cls, *args):
        return super().__new__(cls, *args)
    def __init__(self, *args):
        pass
b = Both(4, "both", "h")
print(b.errno, b.strerror, b.filename, b.args, str(b))
