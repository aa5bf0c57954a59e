# An error raised by a generator a generator expression consumes.
def gen():
    yield 1
    raise ValueError("in gen")
g = (x * 2 for x in gen())
print(list(g))
