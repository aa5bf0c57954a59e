# StopIteration.value is a writable attribute, independent from args.
e = StopIteration("x")
print(repr(e.value), e.args)
e.value = "changed"
print(repr(e.value), e.args)
e.value = None
print(repr(e.value))
class MyStop(StopIteration):
    pass
s = MyStop(5)
s.value = 6
print(s.value, s.args)
def gen():
    yield 1
    return "ret"
g = gen()
next(g)
try:
    next(g)
except StopIteration as err:
    err.value = "patched"
    print(err.value, err.args)
