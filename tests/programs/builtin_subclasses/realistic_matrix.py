# A Matrix as a list subclass of rows (lists): operator overloads, row
# operations, and inherited list behaviour.
class Matrix(list):
    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if rows and any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged rows")
        super().__init__(rows)
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    @property
    def shape(self):
        return (len(self), len(self[0]) if self else 0)
    def transpose(self):
        return Matrix(zip(*self))
    def __add__(self, other):
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self, other)])
    def __matmul__(self, other):
        if self.shape[1] != other.shape[0]:
            raise ValueError(f"cannot multiply {self.shape} by {other.shape}")
        cols = other.transpose()
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self])
    def __mul__(self, k):
        return Matrix([[k * x for x in row] for row in self])
    __rmul__ = __mul__
    def __repr__(self):
        return "Matrix(" + "; ".join(" ".join(str(x) for x in row) for row in self) + ")"

a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a, a.shape, a.transpose(), Matrix.identity(2))
print(a + b, a @ b, b @ a, a * 3, a @ Matrix.identity(2) == a)
print(a[0], a[1][1], len(a), [row[0] for row in a], sum(map(sum, a)), a == [[1, 2], [3, 4]])
for bad in [lambda: a + Matrix([[1, 2, 3]]), lambda: a @ Matrix([[1, 2, 3]]), lambda: Matrix([[1], [2, 3]])]:
    try:
        bad()
    except ValueError as e:
        print(type(e).__name__, e)
c = Matrix([[2, 0, 1], [1, 3, 2]])
print(c.shape, c.transpose().shape, c @ c.transpose(), c.transpose() @ c)
swapped = Matrix(a)
swapped[0], swapped[1] = swapped[1], swapped[0]
print(swapped, a, "rows copied by __init__")
a.append([5, 6])
print(a, a.shape, type(a[:2]).__name__, type(a + b if False else a.copy()).__name__)
try:
    a @ b
except ValueError as e:
    print(type(e).__name__, e)
try:
    a @ 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    2 @ a
except TypeError as e:
    print(type(e).__name__, e)
print(Matrix([]).shape, Matrix([]), bool(Matrix([])))
