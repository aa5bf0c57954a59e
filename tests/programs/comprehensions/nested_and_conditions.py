# Nested comprehensions, multiple conditions, and comprehension results of every kind.
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix], [[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2 if x > 2], [x if x % 2 else -x for row in matrix for x in row])
print({x % 3: x for x in range(10)}, sorted({x % 4 for x in range(10)}), dict.fromkeys(x for x in "aba"))
print([(a, b) for a in range(3) for b in range(a, 3) if (a + b) % 2 == 0])
print([[(i, j) for j in range(i)] for i in range(1, 4)], [y for x in [[1], [], [2, 3]] for y in x])
words = ["apple", "bob", "kayak", "level", "python"]
print({w: w == w[::-1] for w in words}, [w.upper() for w in words if len(w) > 3 and w[0] in "akl"])
print(list(zip(*[(i, i * i) for i in range(4)])), sum(x * y for x, y in zip(range(4), range(4, 8))))
gen = (n for n in range(3))
print([n * m for n in gen for m in range(2)], [n for n in gen])
print([i for i in range(3) for i in "ab"], [c for c in "hello" if c not in "lo"])
