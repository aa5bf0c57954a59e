name = "world"
greeting = f"hello {name}!"
nested = f"{f'{name}'}"
spec = f"{name:>{width}}"
conv = f"{name!r}"


def in_function(v):
    return f"{v} {[i for i in range(v)]} {(lambda: v)()}"


same_twice = f"{(lambda: 1)()} {(lambda: 1)()}"
