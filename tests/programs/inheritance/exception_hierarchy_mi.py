# Custom exception hierarchies with multiple inheritance and handler selection.
class AppError(Exception):
    code = 1
    def __init__(self, message, **context):
        super().__init__(message)
        self.context = context
    def __str__(self):
        base = super().__str__()
        if self.context:
            base += " " + ", ".join("%s=%r" % kv for kv in sorted(self.context.items()))
        return "[%d] %s" % (self.code, base)

class NotFound(AppError, LookupError):
    code = 404
class BadInput(AppError, ValueError):
    code = 400
class BadKey(BadInput, KeyError):
    code = 422

def handle(exc):
    try:
        raise exc
    except KeyError as e:
        return "KeyError handler: %s (%s)" % (e, type(e).__name__)
    except LookupError as e:
        return "LookupError handler: %s" % e
    except ValueError as e:
        return "ValueError handler: %s" % e
    except AppError as e:
        return "AppError handler: %s" % e

print(handle(NotFound("no user", id=3)))
print(handle(BadInput("bad age", age=-1)))
print(handle(BadKey("bad key")))
print(handle(AppError("generic")))
print(handle(KeyError("plain")))

for cls in (NotFound, BadInput, BadKey):
    print(cls.__name__, [k.__name__ for k in cls.__mro__])

e = BadKey("k", where="here")
print(e.args, repr(e), isinstance(e, (LookupError, ValueError)), e.context)

# except tuples and order
def classify(exc):
    try:
        raise exc
    except (NotFound, BadKey) as e:
        return "first:" + type(e).__name__
    except Exception as e:
        return "second:" + type(e).__name__
print(classify(NotFound("x")), classify(BadKey("y")), classify(BadInput("z")))

# Exception chaining with custom classes
def load(key):
    try:
        return {}[key]
    except KeyError as e:
        raise NotFound("missing %s" % key, key=key) from e
try:
    load("cfg")
except AppError as e:
    print(str(e), "| cause:", type(e.__cause__).__name__, repr(e.__cause__), e.__suppress_context__)

# Exception classes must derive from BaseException
class NotAnError:
    pass
try:
    raise NotAnError()
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError("v")
    except NotAnError:
        pass
except TypeError as e:
    print(type(e).__name__, e)

# BaseException subclasses skip "except Exception"
class Stop(BaseException):
    pass
try:
    try:
        raise Stop("halt")
    except Exception:
        print("wrongly caught")
except BaseException as e:
    print("caught at top:", type(e).__name__, e)
