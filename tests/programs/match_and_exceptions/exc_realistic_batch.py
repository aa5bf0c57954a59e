# A realistic batch job: records are validated, failures carry notes and
# causes, errors are gathered into an ExceptionGroup and handled by kind
# with except*, with a retry helper that chains the last failure.


class ValidationError(ValueError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field


class TransientError(Exception):
    pass


def parse_record(line_no, text):
    fields = text.split(",")
    if len(fields) != 3:
        raise ValidationError("line", f"expected 3 fields, got {len(fields)}")
    name, age, email = (f.strip() for f in fields)
    if not name:
        raise ValidationError("name", "empty")
    try:
        age = int(age)
    except ValueError as e:
        err = ValidationError("age", f"not a number: {age!r}")
        raise err from e
    if "@" not in email:
        raise ValidationError("email", f"invalid {email!r}")
    return {"name": name, "age": age, "email": email}


def load(lines):
    records, errors = [], []
    for i, text in enumerate(lines, 1):
        try:
            records.append(parse_record(i, text))
        except ValidationError as e:
            e.add_note(f"on line {i}: {text!r}")
            errors.append(e)
    if errors:
        raise ExceptionGroup(f"{len(errors)} bad record(s)", errors)
    return records


data = ["ada, 36, ada@example.org", "bob, x, bob@example.org", ", 20, e@x",
        "cy, 40, nope", "too, many, fields, here", "dee, 29, dee@example.org"]
try:
    load(data)
except* ValidationError as eg:
    print(eg.message)
    for e in eg.exceptions:
        cause = f" (caused by {type(e.__cause__).__name__})" if e.__cause__ else ""
        print(f"  [{e.field}] {e}{cause} -- {e.__notes__[0]}")

print(load(data[:1] + data[-1:]))

attempts_log = []


def retry(fn, times):
    last = None
    for attempt in range(1, times + 1):
        try:
            return fn(attempt)
        except TransientError as e:
            attempts_log.append(f"attempt {attempt} failed: {e}")
            last = e
    raise RuntimeError(f"gave up after {times} attempts") from last


def flaky(succeed_on):
    def call(attempt):
        if attempt < succeed_on:
            raise TransientError(f"timeout #{attempt}")
        return f"ok on attempt {attempt}"
    return call


print(retry(flaky(3), 5))
try:
    retry(flaky(10), 2)
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__))
print(attempts_log)


def transaction(ops):
    applied = []
    try:
        for op in ops:
            if op < 0:
                raise ValueError(f"negative op {op}")
            applied.append(op)
    except ValueError:
        rolled = list(reversed(applied))
        applied.clear()
        print("  rolled back", rolled)
        raise
    finally:
        print("  transaction finished with", applied)
    return sum(applied)


for ops in [[1, 2, 3], [4, -1, 5]]:
    try:
        print("total", transaction(ops))
    except ValueError as e:
        print("failed:", e)
