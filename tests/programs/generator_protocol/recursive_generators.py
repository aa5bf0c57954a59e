# Recursive generator algorithms: Hanoi, N-queens, mutual recursion, partitions.
def hanoi(n, source="A", target="C", spare="B"):
    if n == 0:
        return 0
    moved = yield from hanoi(n - 1, source, spare, target)
    yield (n, source, target)
    moved += 1 + (yield from hanoi(n - 1, spare, target, source))
    return moved

h = hanoi(3)
moves = []
while True:
    try:
        moves.append(next(h))
    except StopIteration as e:
        total = e.value
        break
print(moves)
print("total moves:", total, len(moves))

def queens(n, placed=()):
    row = len(placed)
    if row == n:
        yield placed
        return
    for col in range(n):
        if all(col != c and abs(col - c) != row - r for r, c in enumerate(placed)):
            yield from queens(n, placed + (col,))

print(next(queens(6)))
print([sum(1 for _ in queens(n)) for n in range(1, 8)])

def board(solution):
    for col in solution:
        yield "".join("Q" if i == col else "." for i in range(len(solution)))

print("\n".join(board(next(queens(5)))))

# mutual recursion between two generators
def evens(n):
    if n < 0:
        return
    if n % 2 == 0:
        yield n
    yield from odds(n - 1)

def odds(n):
    if n < 0:
        return
    if n % 2:
        yield -n
    yield from evens(n - 1)

print(list(evens(10)), list(odds(9)), list(evens(9)))

# integer partitions in decreasing order
def partitions(n, largest=None):
    if largest is None:
        largest = n
    if n == 0:
        yield ()
        return
    for first in range(min(n, largest), 0, -1):
        for rest in partitions(n - first, first):
            yield (first,) + rest

print(list(partitions(5)))
print([sum(1 for _ in partitions(k)) for k in range(1, 12)])

# combinations via recursion
def combinations(items, k):
    if k == 0:
        yield ()
        return
    for i in range(len(items)):
        for rest in combinations(items[i + 1:], k - 1):
            yield (items[i],) + rest

print(list(combinations("abcd", 2)))
print(len(list(combinations(range(10), 3))))

# flatten a nested expression tree, tracking depth with a returned maximum
def walk(expr, depth=0):
    deepest = depth
    if isinstance(expr, tuple):
        op, *args = expr
        yield "  " * depth + op
        for a in args:
            deepest = max(deepest, (yield from walk(a, depth + 1)))
    else:
        yield "  " * depth + repr(expr)
    return deepest

w = walk(("+", ("*", 2, ("-", 5, 1)), 7))
lines = []
try:
    while True:
        lines.append(next(w))
except StopIteration as e:
    print("\n".join(lines))
    print("max depth:", e.value)
