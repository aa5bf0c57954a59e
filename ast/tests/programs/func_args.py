def f(a, b: int = 1, /, c=2, *args, d, e: str = 'x', **kw) -> None:
    return a
