# Structural pattern matching: literal, capture, wildcard, value, sequence,
# star, mapping, class, or, as and guard patterns.
match command:
    case 'quit':
        quit()
    case 'go' | 'move':
        move()
    case 1 | 2.5 | -3 | 1 + 2j | None | True | b'x':
        literal()
    case Color.RED:
        red()
    case [x]:
        one(x)
    case [x, y, *rest]:
        many(x, y, rest)
    case [_, *_]:
        any_sequence()
    case (a, (b, c)):
        nested(a, b, c)
    case {'key': value, 'other': 1}:
        mapping(value)
    case {'key': _, **others}:
        rest_of_mapping(others)
    case Point(x=0, y=0):
        origin()
    case Point(x, y=y) if x == y:
        diagonal(x, y)
    case int() | float() as number:
        numeric(number)
    case str(text) if text:
        string(text)
    case [Point(x=a), Point(x=b)] as pair:
        points(a, b, pair)
    case _:
        default()


def match_in_function(value):
    match value:
        case [first, *_] if first > 0:
            return first
        case {'n': n}:
            return n
        case other:
            return other
