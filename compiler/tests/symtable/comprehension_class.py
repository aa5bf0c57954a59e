class Config:
    base = [1, 2, 3]
    limit = 2
    first_iter_is_class_scope = [b for b in base]
    condition_is_global = [b for b in base if b > limit]
    nested = [[c for c in base] for _ in range(2)]
    gen = (b for b in base)
    dct = {k: limit for k in base}


def func_with_class_comp():
    outer = [1]

    class K:
        outer = [2]
        items = [o for o in outer]
        sees_function = [x for x in range(3) if x in outer]

    return K
