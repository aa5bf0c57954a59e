# Exception attributes: args, str/repr, __traceback__, notes, custom __str__.
e = ValueError("bad value", 42)
print(e.args, str(e), repr(e), e.__cause__, e.__context__, e.__traceback__)
print(repr(OSError(2, "No such file")), str(OSError(2, "No such file")))
print(repr(StopIteration(5)), StopIteration(5).value, repr(SystemExit(3)), SystemExit(3).code)
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), repr(Exception()))
class Detailed(Exception):
    def __init__(self, field):
        super().__init__(f"invalid {field}")
        self.field = field
    def __str__(self):
        return f"Detailed: {self.field}"
try:
    raise Detailed("email")
except Detailed as err:
    print(err, repr(err), err.args, err.field, err.__traceback__ is not None)
err = RuntimeError("x")
err.add_note("first note")
err.add_note("second note")
print(err.__notes__)
class Plain(Exception):
    pass
print(repr(Plain()), repr(Plain(1, 2)), str(Plain("one")), Plain.__name__, Plain.__module__)
try:
    raise Plain("attrs")
except Plain as p:
    p.extra = 1
    print(p.extra, vars(p))
