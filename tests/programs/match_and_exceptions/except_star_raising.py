# Raising inside except* handlers: bare raise keeps the original leaves in
# the original structure, new exceptions are collected into a new group
# alongside the unhandled rest, and chaining is set on the new ones.


def tree(g):
    if isinstance(g, BaseExceptionGroup):
        return f"{type(g).__name__}({g.message!r})[{', '.join(tree(e) for e in g.exceptions)}]"
    return f"{type(g).__name__}({g.args[0] if g.args else ''})"


def attempt(label, body):
    try:
        body()
        print(label, "-> nothing escaped")
    except BaseException as e:
        print(label, "->", tree(e))
        return e


def reraise_one():
    try:
        raise ExceptionGroup("orig", [ValueError(1), TypeError(2), ExceptionGroup("in", [ValueError(3)])])
    except* ValueError:
        raise


def reraise_all():
    try:
        raise ExceptionGroup("orig", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        raise


def new_exception():
    try:
        raise ExceptionGroup("orig", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")


def new_in_two_handlers():
    try:
        raise ExceptionGroup("orig", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("from v")
    except* TypeError:
        raise IndexError("from t")


def new_and_reraise():
    try:
        raise ExceptionGroup("orig", [ValueError(1), TypeError(2), OSError(3)])
    except* ValueError:
        raise
    except* TypeError:
        raise RuntimeError("replacement")


def raise_the_group_itself():
    try:
        raise ExceptionGroup("orig", [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        raise eg


def raise_new_group():
    try:
        raise ExceptionGroup("orig", [ValueError(1)])
    except* ValueError:
        raise ExceptionGroup("fresh", [KeyError("k")])


def naked_reraise():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise


def naked_new():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise TypeError("instead")


attempt("reraise one", reraise_one)
attempt("reraise all", reraise_all)
e = attempt("new exception", new_exception)
new = e.exceptions[0]
print("   new has context:", tree(new.__context__), "| cause:", new.__cause__)
attempt("new in two handlers", new_in_two_handlers)
attempt("new and reraise", new_and_reraise)
attempt("raise the group itself", raise_the_group_itself)
attempt("raise new group", raise_new_group)
e = attempt("naked reraise", naked_reraise)
print("   naked reraise is the same object:", type(e).__name__)
attempt("naked new", naked_new)


def raise_from():
    try:
        raise ExceptionGroup("orig", [ValueError(1)])
    except* ValueError as eg:
        raise KeyError("k") from eg.exceptions[0]


e = attempt("raise from", raise_from)
leaf = e.exceptions[0] if isinstance(e, BaseExceptionGroup) else e
print("   cause:", repr(leaf.__cause__), "| context:", tree(leaf.__context__))


# Handler raising inside a nested try that handles it locally.
def local():
    try:
        raise ExceptionGroup("orig", [ValueError(1)])
    except* ValueError:
        try:
            raise KeyError("inner")
        except KeyError as k:
            print("   handled locally:", repr(k))


attempt("local handling", local)
