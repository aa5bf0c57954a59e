def loops(n):
    total = 0
    for i in range(n):
        if i % 2:
            continue
        total += i
    else:
        pass
    while total > 0:
        total -= 1
        if total == 5:
            break
    return total


def with_statements():
    with a() as x, b() as (y, z), c():
        pass
    return x, y, z


def deletes(p):
    q = 1
    del p, q
    del obj.attr, obj[0]


def ifs(v):
    if v:
        r = 1
    elif v is None:
        r = 2
    else:
        r = 3
    return r


def returns_nothing():
    return
