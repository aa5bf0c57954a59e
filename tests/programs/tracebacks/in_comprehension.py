# An error inside a list comprehension shows the <listcomp> frame.
def f():
    return [1 / x for x in [1, 0]]
f()
