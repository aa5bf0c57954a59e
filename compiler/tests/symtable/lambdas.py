simple = lambda: 0
with_params = lambda a, b=1, *c, d, e=2, **f: (a, b, c, d, e, f)
defaults_eval = lambda x=outer_default: x
posonly = lambda p, /, q: p + q
nested = lambda a: (lambda b: a + b)


def f(cb=lambda: default_in_lambda, *, kw=lambda: kw_default):
    return cb, kw


immediately = (lambda v: v * 2)(3)
