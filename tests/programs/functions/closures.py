# Closures, nonlocal and global.
def make_counter():
    count = 0
    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment
c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(5), c2())
def adders():
    return [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders()])
def late():
    fs = []
    for n in range(3):
        fs.append(lambda: n)
    return [f() for f in fs]
print(late())
total = 0
def bump():
    global total
    total += 1
bump(); bump()
print(total)
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())
def rebinding():
    x = 1
    def read():
        return x
    x = 2
    return read()
print(rebinding(), make_counter().__closure__ is not None, len(make_counter().__code__.co_freevars))
def unbound():
    def inner():
        return later
    try:
        inner()
    except NameError as e:
        print("NameError:", e)
    later = 1
unbound()
