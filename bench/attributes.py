"""Attribute reads and writes on instances and classes."""


class Point:
    scale = 3

    def __init__(self, x, y):
        self.x = x
        self.y = y


def run(n):
    p = Point(1, 2)
    total = 0
    for i in range(n):
        p.x = p.y + i
        p.y = p.x - i + 1
        total += p.x * Point.scale + p.y
    return total


print(run(1_000_000))
