# Custom exception hierarchies, multiple inheritance from built-in exception
# types, and which except clauses catch what.
class AppError(Exception):
    pass
class ValidationError(AppError, ValueError):
    pass
class MissingKey(AppError, KeyError):
    pass
class Timeout(AppError, TimeoutError):
    pass

def classify(exc):
    try:
        raise exc
    except KeyError as e:
        return f"KeyError branch: {type(e).__name__}"
    except ValueError as e:
        return f"ValueError branch: {type(e).__name__}"
    except OSError as e:
        return f"OSError branch: {type(e).__name__}"
    except AppError as e:
        return f"AppError branch: {type(e).__name__}"

for exc in [ValidationError("v"), MissingKey("k"), Timeout("t"), AppError("a"), KeyError("plain")]:
    print(classify(exc))
print([c.__name__ for c in ValidationError.__mro__])
print([c.__name__ for c in MissingKey.__mro__])
print([c.__name__ for c in Timeout.__mro__])
print(str(MissingKey("k")), repr(MissingKey("k")), str(Timeout("t")), Timeout("t").errno)
print(issubclass(Timeout, OSError), isinstance(Timeout(), AppError), issubclass(ValidationError, LookupError))

try:
    raise ValidationError("tuple catch")
except (TypeError, ValueError) as e:
    print("tuple catch:", type(e).__name__, e)

class NotAnException:
    pass
try:
    try:
        raise AppError("x")
    except NotAnException:
        print("never")
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise NotAnException
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise AppError
except AppError as e:
    print("class raised:", repr(e), e.args)

class Base(BaseException):
    pass
try:
    try:
        raise Base("not an Exception")
    except Exception:
        print("never")
except BaseException as e:
    print("BaseException subclass escaped Exception:", repr(e))

class Lookup(LookupError):
    pass
try:
    [][0]
except Lookup:
    print("never")
except LookupError as e:
    print("IndexError is a LookupError:", type(e).__name__, e)

class Retry(Exception):
    def __init__(self, attempts):
        super().__init__(f"gave up after {attempts} attempts")
        self.attempts = attempts
def flaky(n):
    for attempt in range(1, n + 1):
        try:
            if attempt < 3:
                raise ConnectionResetError(f"attempt {attempt}")
            return f"ok on {attempt}"
        except ConnectionError as e:
            print("  retrying after", type(e).__name__, e)
    raise Retry(n)
print(flaky(4))
try:
    flaky(2)
except Retry as e:
    print(type(e).__name__, e, e.attempts, type(e.__context__).__name__, e.__context__)
print(issubclass(ConnectionResetError, ConnectionError), issubclass(ConnectionError, OSError))
