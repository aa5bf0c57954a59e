# Generators that own other generators and close them explicitly (without yield from).
def source(name, n):
    try:
        for i in range(n):
            yield f"{name}{i}"
    finally:
        print(f"  source {name} closed")

def zip_owner(*names):
    sources = [source(name, 3) for name in names]
    try:
        while True:
            row = []
            for s in sources:
                row.append(next(s))
            yield tuple(row)
    except StopIteration:
        return
    finally:
        for s in sources:
            s.close()
        print("  zip_owner cleaned up")

z = zip_owner("a", "b")
print(next(z))
print(next(z))
z.close()
print("---")
print(list(zip_owner("x", "y")))
print("---")

# closing a generator that is mid-delegation by yield from
def inner():
    try:
        yield 1
        yield 2
    finally:
        print("  inner finally")

def outer(g):
    result = yield from g
    print("  outer got", result)
    yield "outer after"

g = inner()
o = outer(g)
print(next(o))
g.close()
print("inner closed directly; outer continues:", next(o))
o.close()

# yield from an already-closed generator returns None immediately
closed = inner()
closed.close()
def uses_closed():
    r = yield from closed
    yield ("result", r)
print(list(uses_closed()))

# closing inside a for loop body that is iterating that same generator
def countdown(n):
    try:
        while n:
            yield n
            n -= 1
    finally:
        print("  countdown finally at", n)

cd = countdown(5)
for v in cd:
    print("value", v)
    if v == 3:
        cd.close()
print("loop ended cleanly")

# close() inside the generator's own finally of another generator chain
log = []
def a():
    try:
        yield "a"
    finally:
        log.append("a closed")

def b(child):
    try:
        yield "b"
        yield from child
    finally:
        child.close()
        log.append("b closed")

ga = a()
gb = b(ga)
print(next(gb))
gb.close()
print(log)
print(next(ga, "ga is done"))

# an exception from one source during cleanup does not prevent the rest
def bad_cleanup():
    try:
        yield 1
    finally:
        raise OSError("cleanup failed")

def owner():
    kids = [bad_cleanup(), source("k", 2)]
    for k in kids:
        next(k)
    try:
        yield "owner"
    finally:
        errors = []
        for k in kids:
            try:
                k.close()
            except OSError as e:
                errors.append(str(e))
        print("  cleanup errors:", errors)

ow = owner()
print(next(ow))
ow.close()
