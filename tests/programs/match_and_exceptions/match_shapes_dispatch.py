# Geometry with class patterns: area, perimeter, intersections and a
# simplifier over shape values, using __match_args__ and keyword patterns.
import math


class Shape:
    pass


class Circle(Shape):
    __match_args__ = ("center", "r")

    def __init__(self, center, r):
        self.center, self.r = center, r

    def __repr__(self):
        return f"Circle({self.center}, {self.r})"


class Rect(Shape):
    __match_args__ = ("x", "y", "w", "h")

    def __init__(self, x, y, w, h):
        self.x, self.y, self.w, self.h = x, y, w, h

    def __repr__(self):
        return f"Rect({self.x}, {self.y}, {self.w}, {self.h})"


class Polygon(Shape):
    __match_args__ = ("points",)

    def __init__(self, *points):
        self.points = list(points)

    def __repr__(self):
        return f"Polygon{tuple(self.points)}"


def area(s):
    match s:
        case Circle(_, r):
            return round(math.pi * r * r, 4)
        case Rect(w=w, h=h):
            return w * h
        case Polygon([_, _, _, *_] as pts):
            total = 0
            for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1]):
                total += x1 * y2 - x2 * y1
            return abs(total) / 2
        case Polygon(_):
            raise ValueError("a polygon needs at least three points")
        case _:
            raise TypeError(f"not a shape: {type(s).__name__}")


def simplify(s):
    match s:
        case Rect(x, y, w, h) if w < 0 or h < 0:
            return simplify(Rect(min(x, x + w), min(y, y + h), abs(w), abs(h)))
        case Polygon([(x0, y0), (x1, y1), (x2, y2), (x3, y3)]) if (
                y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0):
            return Rect(min(x0, x1), min(y0, y2), abs(x1 - x0), abs(y2 - y0))
        case Circle(c, 0):
            return Polygon(c)
        case _:
            return s


def contains(s, p):
    match s, p:
        case Circle((cx, cy), r), (x, y):
            return (x - cx) ** 2 + (y - cy) ** 2 <= r * r
        case Rect(rx, ry, w, h), (x, y):
            return rx <= x <= rx + w and ry <= y <= ry + h
        case Polygon(_), _:
            return NotImplemented


shapes = [Circle((0, 0), 1), Rect(0, 0, 3, 4), Rect(5, 5, -2, -3),
          Polygon((0, 0), (4, 0), (4, 3), (0, 3)), Polygon((0, 0), (2, 0), (1, 5)),
          Polygon((0, 0), (1, 1)), Circle((1, 1), 0), "square"]
for s in shapes:
    simple = simplify(s)
    try:
        a = area(simple)
    except (ValueError, TypeError) as e:
        a = f"{type(e).__name__}: {e}"
    print(f"{s!r:40} -> {simple!r:30} area={a}")

for s in shapes[:4]:
    print(repr(s), [contains(simplify(s), p) for p in [(0, 0), (1, 1), (4, 3), (3.5, 4)]])
