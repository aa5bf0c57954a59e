# An exception raised inside a generator shows the generator's frame.
def numbers():
    yield 1
    yield 2
    raise OverflowError("too many numbers")

for n in numbers():
    print(n)
