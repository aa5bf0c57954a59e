data = [1, 2, 3]
squares = [x * x for x in data]
evens = {x for x in data if x % 2 == 0}
table = {k: v for k, v in zip(data, data)}
gen = (x for x in data)
nested = [[y for y in range(x)] for x in data]
multi = [(x, y) for x in data if x for y in data if y > x]
outer_iter = [x for x in (lambda: data)()]


def in_function(n):
    items = [i + n for i in range(n)]
    lazy = (i * n for i in range(n))
    return items, lazy


def uses_iter_var_later():
    return [x for x in range(3)], x


class InClass:
    values = [1, 2]
    doubled = [v * 2 for v in values]
    fails_at_runtime = [v for v in range(2) if v in values]


async def async_comps(aiter):
    a = [x async for x in aiter]
    b = [await x for x in aiter]
    c = (x async for x in aiter)
    return a, b, c


def comp_in_comp_iter():
    return [a for a in [b for b in range(3)]]


def comp_with_lambda():
    return [lambda: i for i in range(3)]


dict_order = {
    (lambda: "key"): (lambda: "value")
    for _ in range(1)
}

star_target = [first for first, *rest in [(1, 2)]]
