# except*: matching parts of a group, wrapping a bare exception, what
# escapes, re-raising and raising anew, and the errors.

def show(label, group):
    print(label, repr(group))


try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as e:
    show("values", e)
except* TypeError as e:
    show("types", e)

try:
    raise ValueError("naked")
except* ValueError as e:
    show("wrapped", e)
    print(type(e.exceptions[0]).__name__)

try:
    try:
        raise ExceptionGroup("outer", [KeyError("k"), ExceptionGroup("inner", [OSError("o"), KeyError("k2")])])
    except* KeyError as e:
        show("keys", e)
except ExceptionGroup as rest:
    show("rest escapes", rest)

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
except ExceptionGroup as e:
    show("reraised", e)

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
except ExceptionGroup as e:
    show("raised new", e)
    print([type(x).__name__ for x in e.exceptions])

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise KeyError("only new")
except ExceptionGroup as e:
    show("only new wrapped", e)
except KeyError as e:
    print("bare", repr(e))

for bad in ["ExceptionGroup", "(ValueError, ExceptionGroup)", "int"]:
    try:
        exec(f"try:\n    raise ValueError(1)\nexcept* {bad}:\n    pass")
    except TypeError as error:
        print("TypeError:", error)

def handled():
    import sys
    try:
        raise ExceptionGroup("x", [ValueError(5)])
    except* ValueError:
        print("exc_info", repr(sys.exc_info()[1]))

handled()

eg = ExceptionGroup("notes", [ValueError(1), TypeError(2)])
eg.add_note("a note")
try:
    try:
        raise eg
    except* ValueError as e:
        print("notes kept", e.__notes__)
except* TypeError as e:
    print("rest", repr(e), e.__notes__)

try:
    raise ExceptionGroup("all", [ValueError(1)])
except* ValueError:
    print("all handled, nothing escapes")
print("done")
