# split and subgroup with types, tuples of types and predicates, over
# nested groups; the structure, message, notes, cause, context and
# traceback are preserved on the parts.


def tree(g, indent=0):
    pad = "  " * indent
    if isinstance(g, BaseExceptionGroup):
        lines = [f"{pad}{type(g).__name__}({g.message!r})"]
        for e in g.exceptions:
            lines.append(tree(e, indent + 1))
        return "\n".join(lines)
    return f"{pad}{g!r}"


def show(label, g):
    print(f"{label}:")
    print(tree(g) if g is not None else "  None")


inner = ExceptionGroup("inner", [TypeError("t1"), ValueError("v2"), KeyError("k")])
g = ExceptionGroup("outer", [ValueError("v1"), inner, OSError("o")])

match, rest = g.split(ValueError)
show("split ValueError match", match)
show("split ValueError rest", rest)

match, rest = g.split((TypeError, OSError))
show("split tuple match", match)
show("split tuple rest", rest)

match, rest = g.split(lambda e: "1" in str(e))
show("split predicate match", match)
show("split predicate rest", rest)

show("subgroup LookupError", g.subgroup(LookupError))
show("subgroup nothing", g.subgroup(ZeroDivisionError))
print("subgroup everything is g:", g.subgroup(Exception) is g)
print("split everything:", g.split(Exception)[0] is g, g.split(Exception)[1])
print("split nothing:", g.split(ArithmeticError)[0], g.split(ArithmeticError)[1] is g)

# The predicate also sees the groups themselves.
seen = []
g.subgroup(lambda e: seen.append(type(e).__name__) or False)
print("predicate calls:", seen)

# A predicate matching a nested group takes it whole.
show("subgroup by group", g.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner"))

# Bad arguments.
for bad in [5, "ValueError", (ValueError, 5), [ValueError]]:
    try:
        g.split(bad)
    except TypeError as e:
        print("TypeError:", e)

# Metadata copied onto the derived parts.
try:
    try:
        raise KeyError("ctx")
    except KeyError:
        raise ExceptionGroup("meta", [ValueError(1), TypeError(2)]) from OSError("cause")
except ExceptionGroup as caught:
    caught.add_note("a note")
    m, r = caught.split(ValueError)
    for part in (m, r):
        print(type(part).__name__, part.message, part.__notes__, repr(part.__cause__),
              repr(part.__context__), part.__traceback__ is caught.__traceback__)
    print("notes list shared:", m.__notes__ is caught.__notes__)

# BaseExceptionGroup split into an ExceptionGroup part and a base part.
bg = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError("v")])
m, r = bg.split(Exception)
print(type(bg).__name__, type(m).__name__, type(r).__name__, m.exceptions, r.exceptions)
