from __future__ import annotations


class C:
    f = lambda: [y := 1 for x in z]
    g = [lambda: x for x in range(2)]
    __class__
    h: (lambda: Hidden) = 1

    def super(self):
        return super

    def uses(self):
        return [[super() for a in b] for c in d]


def outer():
    lam = lambda: [w := 1 for q in r]
    return lam


def global_in_class_comp():
    class K:
        global gk
        values = [gk for _ in range(2)]

    return K


def comp_shadows_param(x):
    return [x for x in x]


def walrus_in_nested_lambda_in_comp():
    return [lambda: (inner := 1) for _ in range(1)]


def both_iter_and_use():
    return {k: [k for k in v] for k, v in items}


async def async_nested():
    return [[await z for z in y] async for y in x]


def genexp_async():
    return (a async for a in b)


def annotations_deferred(p: ParamAnn) -> RetAnn:
    v: VarAnn = 1
    return v
