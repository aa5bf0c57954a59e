# How traceback formats exception groups: the boxed sub-exception layout,
# nesting, notes, chained members, and long groups truncated after 15.
import sys
import traceback


def fail(kind, arg):
    raise kind(arg)


def collect(*calls):
    errors = []
    for kind, arg in calls:
        try:
            fail(kind, arg)
        except Exception as e:
            errors.append(e)
    return errors


try:
    raise ExceptionGroup("batch", collect((ValueError, 1), (KeyError, "k")))
except ExceptionGroup as g:
    print(traceback.format_exc(), end="")

print("--- nested, with notes")
inner = ExceptionGroup("inner", collect((TypeError, "t"), (OSError, "o")))
inner.add_note("inner note")
outer = ExceptionGroup("outer", [inner, ZeroDivisionError("z")])
outer.add_note("outer note")
print("".join(traceback.format_exception(outer)), end="")

print("--- member with a cause")
try:
    try:
        fail(KeyError, "root")
    except KeyError as k:
        raise ValueError("wrapped") from k
except ValueError as v:
    member = v
print("".join(traceback.format_exception(ExceptionGroup("chained", [member]))), end="")

print("--- sixteen members")
many = ExceptionGroup("many", [IndexError(i) for i in range(16)])
print("".join(traceback.format_exception(many)), end="")

print("--- deep nesting")
g = ValueError("leaf")
for level in range(12):
    g = ExceptionGroup(f"level {level}", [g])
print("".join(traceback.format_exception(g)), end="")
