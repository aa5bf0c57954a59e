# With statements: one or several context managers, targets, nesting,
# returns and breaks through with, and async with (in async.py).
with open('f') as f:
    data = f.read()

with lock:
    counter += 1

with a() as x, b() as y:
    use(x, y)

with (
    a() as x,
    b() as (y, z),
):
    use(x, y, z)

with outer():
    with inner() as value:
        print(value)


def return_through_with():
    with manager() as m:
        return m.value


def loop_through_with(items):
    for item in items:
        with item:
            if item.skip:
                continue
            if item.stop:
                break
