def gen():
    yield 1
    raise ValueError("inside")

def f():
    return list(gen())

f()
