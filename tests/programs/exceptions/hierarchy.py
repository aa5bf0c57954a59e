# Matching by base classes, tuples of classes, order of handlers, custom hierarchies.
class AppError(Exception): pass
class NotFound(AppError): pass
class Forbidden(AppError): pass
for exc in [NotFound("page"), Forbidden("admin"), AppError("generic"), KeyError("key")]:
    try:
        raise exc
    except NotFound as e:
        print("not found:", e)
    except (Forbidden, KeyError) as e:
        print("forbidden or key:", type(e).__name__, e)
    except AppError as e:
        print("app error:", e)
print(NotFound.__mro__)
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError), issubclass(StopIteration, Exception))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException), issubclass(RecursionError, RuntimeError))
print(issubclass(FileNotFoundError, OSError), issubclass(UnicodeDecodeError, ValueError), issubclass(NotImplementedError, RuntimeError))
try:
    try:
        raise NotFound("x")
    except KeyError:
        print("wrong")
except Exception as e:
    print("outer:", repr(e))
e_name = None
try:
    raise ValueError("v")
except ValueError as e_name:
    pass
try:
    e_name
except NameError as err:
    print("NameError:", err)
try:
    try:
        raise ValueError
    except 5:
        pass
except TypeError as e:
    print("TypeError:", e)
