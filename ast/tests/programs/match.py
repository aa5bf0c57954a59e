match p:
    case 0 | -1 | 1.5j:
        pass
    case None:
        pass
    case [x, *rest] if x:
        pass
    case {"k": v, **kw}:
        pass
    case Point(1, y=(a, b)) as q:
        pass
    case _:
        pass
