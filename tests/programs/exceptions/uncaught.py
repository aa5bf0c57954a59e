def inner(x):
    return 10 / x

def outer():
    try:
        inner(0)
    except ZeroDivisionError as error:
        raise ValueError("bad value") from error

print("before")
outer()
