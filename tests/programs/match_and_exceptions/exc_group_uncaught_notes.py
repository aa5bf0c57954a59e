# An uncaught ExceptionGroup whose members carry notes, causes and their
# own tracebacks: the whole tree is printed to stderr.


def check(value):
    if value < 0:
        raise ValueError(f"negative: {value}")
    if value == 0:
        try:
            1 / value
        except ZeroDivisionError as e:
            raise ArithmeticError("zero is not allowed") from e
    return value


def run(values):
    errors = []
    for v in values:
        try:
            check(v)
        except Exception as e:
            e.add_note(f"while checking {v}")
            errors.append(e)
    group = ExceptionGroup("checks failed", errors)
    group.add_note("run() collected these")
    raise group


print("start")
run([1, -2, 0])
