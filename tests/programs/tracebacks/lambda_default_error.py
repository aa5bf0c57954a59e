# An error raised inside a lambda stored in a dict.
ops = {"div": lambda a, b: a / b, "neg": lambda a: -a}
def apply(name, *args):
    return ops[name](*args)
print(apply("neg", 3))
print(apply("div", 1, 0))
