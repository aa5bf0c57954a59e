# Globals, builtins and class attributes change between lookups of the
# same instructions: every lookup must see the current binding.
def read():
    return value, len("ab")


value = 1
for step in range(4):
    if step == 1:
        value = 2
    if step == 2:
        len = lambda text: -1
    if step == 3:
        del len
        import builtins
        builtins.len = lambda text: 99
    print(step, read())

del value
try:
    read()
except NameError as error:
    print(error)


class A:
    def f(self):
        return "A.f"


class B(A):
    pass


b = B()
for step in range(4):
    if step == 1:
        A.f = lambda self: "replaced on A"
    if step == 2:
        B.f = lambda self: "set on B"
    if step == 3:
        del B.f
        b.f = lambda: "on the instance"
    print(step, b.f())
