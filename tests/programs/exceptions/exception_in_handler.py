# Errors raised while matching or handling: evaluation of except clauses, handler failures.
def matcher():
    print("evaluating except expression")
    return KeyError
try:
    raise ValueError("v")
except matcher():
    print("not matched")
except ValueError:
    print("second clause matched")
try:
    try:
        raise ValueError("first")
    except ValueError:
        undefined_handler_name
except NameError as e:
    print("NameError:", e, "| context:", repr(e.__context__))
def handler_returns():
    try:
        raise KeyError("k")
    except KeyError:
        return "returned from handler"
    finally:
        print("finally after handler return")
print(handler_returns())
def nested_handlers():
    try:
        raise TypeError("t")
    except TypeError as outer:
        try:
            raise ValueError("v")
        except ValueError as inner:
            return repr(inner.__context__) , outer is inner.__context__
print(nested_handlers())
try:
    try:
        raise OSError("io")
    except OSError as e:
        raise
    finally:
        print("finally with pending re-raise")
except OSError as e:
    print("outer got", e)
e_name = "before"
try:
    raise ValueError
except ValueError as e_name:
    pass
try:
    print(e_name)
except NameError as err:
    print("NameError:", err)
