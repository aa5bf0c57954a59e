# Closures: cells, free variables, nonlocal, closures over parameters,
# nested lambdas, and a class body reading an enclosing function's names.
def counter():
    count = 0

    def increment():
        nonlocal count
        count += 1
        return count

    return increment


def adder(n):
    return lambda x: x + n


def nested(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle


def cell_parameter(x):
    def get():
        return x
    x = x + 1
    return get


def deleted_cell():
    value = 1

    def show():
        return value
    del value
    return show


def class_in_function(y):
    class Inner:
        z = y
        def method(self):
            return y
    return Inner


def shadowing():
    x = 1

    def inner():
        x = 2
        return x
    return inner() + x
