class AppError(Exception):
    """Base of the app's errors."""
class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem
class NotFound(AppError, LookupError):
    pass
class WithStr(Exception):
    def __str__(self):
        return "custom str"
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
errors = [ValidationError("age", "negative"), NotFound("user 7"), WithStr("ignored"), WithRepr("r"),
          AppError(), AppError("a", "b"), AppError(42)]
for e in errors:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)
try:
    raise ValidationError("name", "empty")
except AppError as e:
    print("caught", e.field, e.problem, isinstance(e, Exception))
try:
    raise NotFound("x")
except LookupError as e:
    print("as LookupError", type(e).__mro__[1:3])
try:
    raise NotFound
except NotFound as e:
    print("class raised", repr(e), e.args)
try:
    raise 5
except TypeError as e:
    print("TypeError", e)
try:
    raise object
except TypeError as e:
    print("TypeError", e)
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as e:
    print("TypeError", e)
try:
    try:
        pass
    except 5:
        pass
    print("no exception, no check")
    try:
        1 / 0
    except 5:
        pass
except TypeError as e:
    print("TypeError", e)
class Code(Exception):
    def __init__(self, code):
        self.code = code
e = Code(404)
print(e.args, str(e), e.code)
class KeyErr(KeyError):
    pass
print(str(KeyErr("k")), str(KeyError("k")), str(KeyError("a", "b")), str(KeyError()))
print(issubclass(ValidationError, AppError), AppError.__doc__, ValidationError.__bases__)
err = ValueError("v")
err.add_note("first note")
err.add_note("second")
print(err.__notes__)
try:
    err.add_note(5)
except TypeError as e:
    print("TypeError", e)
print(Exception in ValueError.__mro__)
