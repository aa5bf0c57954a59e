# Dispatching on caught exceptions with match: class patterns with keyword
# attributes (errno, args, name), nested cause inspection, and groups.


def classify(exc):
    match exc:
        case FileNotFoundError(filename=str(name)):
            return f"missing file {name}"
        case PermissionError(errno=13):
            return "permission denied"
        case OSError(errno=int(code), strerror=msg):
            return f"os error {code}: {msg}"
        case KeyError(args=(key,)):
            return f"missing key {key!r}"
        case ValueError(args=[str(msg)]) if "invalid literal" in msg:
            return "bad number"
        case ValueError(args=()):
            return "value error without message"
        case RuntimeError(__cause__=ValueError() as cause):
            return f"runtime error caused by {classify(cause)}"
        case RuntimeError(__context__=BaseException() as ctx, __suppress_context__=False):
            return f"runtime error during {type(ctx).__name__}"
        case ExceptionGroup(exceptions=[single]):
            return f"group of one: {classify(single)}"
        case ExceptionGroup(message=msg, exceptions=[_, _, *more]):
            return f"group {msg!r} of {2 + len(more)}"
        case AttributeError(name=str(attr)):
            return f"no attribute {attr}"
        case Exception(args=[*args]):
            return f"other {type(exc).__name__} with {len(args)} args"


def make(kind):
    try:
        match kind:
            case "file":
                raise FileNotFoundError(2, "No such file", "data.csv")
            case "perm":
                raise PermissionError(13, "Denied")
            case "os":
                raise OSError(5, "I/O error")
            case "key":
                {}["colour"]
            case "int":
                int("seven")
            case "empty":
                raise ValueError
            case "caused":
                try:
                    int("x")
                except ValueError as e:
                    raise RuntimeError("wrap") from e
            case "context":
                try:
                    [][0]
                except IndexError:
                    raise RuntimeError("during")
            case "suppressed":
                try:
                    [][0]
                except IndexError:
                    raise RuntimeError("quiet") from None
            case "group1":
                raise ExceptionGroup("g", [KeyError("k")])
            case "group3":
                raise ExceptionGroup("many", [ValueError(), TypeError(), OSError()])
            case "attr":
                None.missing
            case _:
                raise LookupError(kind, "extra")
    except Exception as e:
        return e


for kind in ["file", "perm", "os", "key", "int", "empty", "caused", "context",
             "suppressed", "group1", "group3", "attr", "unknown"]:
    print(f"{kind:10} -> {classify(make(kind))}")


# Handling with except* and then matching each leaf.
try:
    raise ExceptionGroup("io", [FileNotFoundError(2, "gone", "a.txt"), PermissionError(13, "no"),
                                KeyError("x")])
except* OSError as eg:
    for leaf in eg.exceptions:
        print("os leaf:", classify(leaf))
except* LookupError as eg:
    print("lookup leaves:", [classify(leaf) for leaf in eg.exceptions])
