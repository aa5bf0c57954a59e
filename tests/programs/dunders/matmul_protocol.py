# The @ operator: __matmul__, __rmatmul__, __imatmul__ on a small matrix.

class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    def __repr__(self):
        return "Matrix(%r)" % (self.rows,)
    def __matmul__(self, other):
        if isinstance(other, Matrix):
            cols = list(zip(*other.rows))
            return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
        if isinstance(other, list):
            return [sum(a * b for a, b in zip(r, other)) for r in self.rows]
        return NotImplemented
    def __rmatmul__(self, other):
        if isinstance(other, list):
            cols = list(zip(*self.rows))
            return [sum(a * b for a, b in zip(other, c)) for c in cols]
        return NotImplemented
    def __imatmul__(self, other):
        result = self @ other
        if result is NotImplemented:
            return NotImplemented
        self.rows = result.rows
        return self

m = Matrix([[1, 2], [3, 4]])
i = Matrix([[1, 0], [0, 1]])
print(m @ i)
print(m @ m)
print(m @ [1, 1])
print([1, 1] @ m)
alias = m
m @= Matrix([[0, 1], [1, 0]])
print(m, m is alias)
try:
    m @= 5
except TypeError as e:
    print("TypeError:", e)
try:
    m @ "x"
except TypeError as e:
    print("TypeError:", e)
try:
    5 @ m
except TypeError as e:
    print("TypeError:", e)
try:
    [1] @ [2]
except TypeError as e:
    print("TypeError:", e)

# only __matmul__ defined: @= falls back to it, and the result is new
class Vec:
    def __init__(self, *xs):
        self.xs = xs
    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self.xs, other.xs))
v = Vec(1, 2, 3)
w = Vec(4, 5, 6)
print(v @ w)
v @= w
print(v)
print(Vec.__matmul__(Vec(2), Vec(3)))
print(hasattr(Vec, "__rmatmul__"), hasattr(int, "__matmul__"))
