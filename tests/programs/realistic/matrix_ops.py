class Matrix:
    def __init__(self, rows):
        if len({len(r) for r in rows}) > 1:
            raise ValueError("ragged rows")
        self.rows = [list(r) for r in rows]
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0]) if self.rows else 0
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f"shapes {self.shape} and {other.shape} not aligned")
        return Matrix([[sum(self.rows[i][k] * other.rows[k][j] for k in range(m)) for j in range(p)] for i in range(n)])
    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])
    def __mul__(self, k):
        return Matrix([[a * k for a in r] for r in self.rows])
    __rmul__ = __mul__
    def transpose(self):
        return Matrix(list(map(list, zip(*self.rows))))
    def determinant(self):
        n, m = self.shape
        if n != m:
            raise ValueError("not square")
        if n == 1:
            return self.rows[0][0]
        return sum((-1) ** j * self.rows[0][j] * Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]]).determinant() for j in range(n))
    def __eq__(self, other):
        return self.rows == other.rows
    def __repr__(self):
        width = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(str(x).rjust(width) for x in r) + "]" for r in self.rows)
a = Matrix([[1, 2], [3, 4]])
b = Matrix([[5, 6], [7, 8]])
print(a @ b, a + b, 2 * a, a.transpose(), sep="\n--\n")
print(a.determinant(), Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).determinant(), a @ Matrix.identity(2) == a)
print(Matrix([[1, 2, 3]]) @ Matrix([[1], [2], [3]]), Matrix([[1.5, -2]]).shape)
for bad in [lambda: a @ Matrix([[1, 2, 3]]), lambda: Matrix([[1], [2, 3]]), lambda: Matrix([[1, 2]]).determinant()]:
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)
