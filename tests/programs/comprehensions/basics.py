# List, set, dict comprehensions and generator expressions; nesting.
print([x * x for x in range(6)], [x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)], [[y for y in range(x)] for x in range(4)])
print(sorted({c for c in "mississippi"}), {k: v for k, v in [("a", 1), ("b", 2)]})
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]), list(x for x in "ab"))
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for row in matrix for i in range(len(row)) if i != 1], [[r[i] for r in matrix] for i in range(3)])
print([a if a > 0 else -a for a in [-1, 2, -3]], [f(3) for f in [abs, str, float]])
flat = [item for sub in [[1], [2, 3], []] for item in sub]
print(flat, [i for i, c in enumerate("hello") if c == "l"])
