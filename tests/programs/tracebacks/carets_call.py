# Carets under a failing call inside an argument list.
def fail(x):
    raise ValueError(f"bad {x}")

def wrap(a, b):
    return a + b

total = wrap(1, fail(2))
