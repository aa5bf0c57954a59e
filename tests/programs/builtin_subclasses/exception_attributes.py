# Exception subclasses with attributes, properties, class attributes and
# methods; interplay with __cause__/__context__/__traceback__/__notes__ slots.
class HTTPError(Exception):
    default_status = 500
    def __init__(self, message, status=None, headers=None):
        super().__init__(message)
        self.status = status if status is not None else self.default_status
        self.headers = dict(headers or {})
    @property
    def is_client_error(self):
        return 400 <= self.status < 500
    def describe(self):
        return f"{self.status} {self.args[0]}"

class NotFound(HTTPError):
    default_status = 404

e = NotFound("no such page", headers={"X": "1"})
print(e.describe(), e.is_client_error, e.headers, e.args, sorted(vars(e)))
print(HTTPError("down").describe(), HTTPError("down").is_client_error)
e.extra = "dynamic"
print(e.extra, sorted(e.__dict__))
try:
    e.is_client_error = False
except AttributeError as err:
    print(type(err).__name__, err)
print(e.__cause__, e.__context__, e.__traceback__, e.__suppress_context__)
try:
    try:
        raise KeyError("inner")
    except KeyError as inner:
        raise NotFound("outer") from inner
except HTTPError as err:
    print(type(err).__name__, err.status, repr(err.__cause__), err.__context__ is err.__cause__, err.__suppress_context__)
    print(err.__traceback__ is not None, type(err.__traceback__).__name__)
err = NotFound("x")
err.__cause__ = ValueError("manual")
print(repr(err.__cause__), err.__suppress_context__)
try:
    err.__cause__ = "not an exception"
except TypeError as te:
    print(type(te).__name__, te)
try:
    err.__context__ = 3
except TypeError as te:
    print(type(te).__name__, te)
err.add_note("first note")
err.add_note("second")
print(err.__notes__)
try:
    err.add_note(5)
except TypeError as te:
    print(type(te).__name__, te)
wt = err.with_traceback(None)
print(wt is err, err.__traceback__)

class WithEq(Exception):
    def __eq__(self, other):
        return isinstance(other, WithEq) and self.args == other.args
    __hash__ = Exception.__hash__
print(WithEq(1) == WithEq(1), WithEq(1) == WithEq(2), Exception(1) == Exception(1), WithEq(1) in [WithEq(1)])
