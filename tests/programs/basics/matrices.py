# Matrices as lists of lists: multiplication, transpose, identity, determinant.
def mat_mul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
def transpose(m):
    return [list(r) for r in zip(*m)]
def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]
def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))
a = [[1, 2], [3, 4]]
b = [[0, 1], [1, 0]]
print(mat_mul(a, b), transpose(a), identity(3), det(a), det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]))
print(mat_mul(a, identity(2)) == a, [[x / 2 for x in row] for row in a])
grid = [[(r * 3 + c) % 4 for c in range(4)] for r in range(3)]
for row in grid:
    print(" ".join(f"{v:2d}" for v in row))
print(sum(map(sum, grid)), max(max(r) for r in grid), [list(col) for col in zip(*grid)][0])
