# Annotations: module, class and function annotations, annotated
# assignments with and without values, complex targets, and parameters.
x: int
y: str = 'y'
z: list[int] = []
obj.attr: int = 1
seq[0]: float = 2.0
(paren): int = 3


def annotated(a: int, b: str = 'b', *args: tuple, c: float, **kwargs: dict) -> bool:
    local: int = 1
    unbound: str
    return True


def positional(a: int, /, b: 'forward') -> None:
    pass


class Annotated:
    name: str
    count: int = 0
    items: 'list[str]' = []


def nested():
    class Local:
        field: int = 1
    return Local
