def positional_only(a, b, /, c, d=1, *, e, f=2):
    return a, b, c, d, e, f


def star_only(*, key):
    return key


def varargs_only(*args, **kwargs):
    return args, kwargs


def unicode_names(ñame, café=1):
    return ñame, café


def annotated(a: int, /, b: str, *c: tuple, d: dict, **e: float) -> None:
    pass


async def async_params(x, *y, z):
    return x, y, z


class Methods:
    def m(self, /, a, *, b):
        return a, b

    @classmethod
    def c(cls):
        return cls
