def matcher(subject):
    match subject:
        case [first, *rest]:
            return first, rest
        case {"key": value, **others}:
            return value, others
        case Point(x=px, y=0) as point:
            return px, point
        case (1 | 2) as small:
            return small
        case [a, b] | (a, b, _):
            return a, b
        case str() | bytes():
            return None
        case Color.RED:
            return 1
        case {Constants.KEY: kv}:
            return kv
        case _ if guard_name:
            return guard_name


match module_subject:
    case [m1, *_]:
        pass
    case mc:
        pass
