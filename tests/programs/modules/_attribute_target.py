"""A module whose attributes a test changes."""

value = 1


def f():
    return "first"
