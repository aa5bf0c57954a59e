# Comprehensions: list, set, dict and generator expressions; several for
# clauses; conditions; nesting; unpacking; names from the enclosing scope.
squares = [x * x for x in range(10)]
evens = {x for x in range(10) if x % 2 == 0}
index = {k: v for k, v in enumerate('abc')}
lazy = (x + 1 for x in data)
pairs = [(x, y) for x in range(3) for y in range(x) if x != y if y]
matrix = [[i * j for j in range(3)] for i in range(3)]
flat = [item for row in matrix for item in row]
unpacked = [a + b for a, b in zip(xs, ys)]
inverted = {v: k for k, v in mapping.items() if v}
total = sum(x for x in range(100))
nested_gen = ((x, y) for x in a for y in b)


def scoped(n):
    return [x + n for x in range(n)]


def walrus(data):
    return [y for x in data if (y := f(x)) is not None], y


class C:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
