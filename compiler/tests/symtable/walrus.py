top_level = [last := x for x in range(3)]
print(last)


def in_function():
    result = [total := total + x if False else x for x in range(3)]
    return total, result


def nested_comprehensions():
    return [[inner := y for y in range(x)] for x in range(3)]


def with_global():
    global gw
    return [gw := x for x in range(3)]


def with_nonlocal():
    nl = 0

    def g():
        nonlocal nl
        return [nl := x for x in range(3)]

    return g


def lambda_in_comp():
    return [(lambda: (lw := 1))() for _ in range(2)]


def genexp_walrus():
    return any((found := x) > 1 for x in range(3)), found


if (plain := 1):
    pass


def plain_walrus():
    if (v := 3) > 2:
        return v


def in_comprehension_condition():
    return [x for x in range(5) if (y := x) > 2], y
