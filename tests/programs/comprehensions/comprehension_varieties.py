matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2 if x > 2])
print({x: x ** 2 for x in range(5) if x != 2}, {x % 4 for x in range(20)})
print({(a, b) for a in range(3) for b in range(a)}, sorted({c.upper() for c in "hello"}))
print(list(x * y for x in range(3) for y in range(3) if x != y))
words = ["apple", "Bob", "cat", "Dog"]
print({w.lower(): len(w) for w in words}, [w for w in words if w[0].isupper()])
print([(i, j) for i in range(4) if i % 2 == 0 for j in range(i)])
print([y for x in [[1, [2]], [3, [4]]] for y in x[1]], [n for n in range(30) if all(n % d for d in range(2, n)) and n > 1])
print(sum(x for x in range(10)), max((len(w), w) for w in words), any(x > 8 for x in range(10)))
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
print([(lambda x: x * 2)(v) for v in range(3)], [v := 10, v + 1])
print([c for c in "a1b2c3" if c.isdigit()], "".join(c for c in "a1b2c3" if c.isalpha()))
nested = {k: {i: i * k for i in range(k)} for k in range(1, 4)}
print(nested)
print([x for x in range(3)] == list(range(3)), [[0] * 2 for _ in range(2)])
try:
    [1 / x for x in [1, 0]]
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    {x: y for x, y in [(1, 2), (3,)]}
except ValueError as e:
    print("ValueError", e)
try:
    [x for x in 5]
except TypeError as e:
    print("TypeError", e)
print([i for i in range(5)][::-1], sorted([x for x in "banana"], reverse=True))
data = [("a", 3), ("b", 1), ("c", 2)]
print(dict(sorted(data, key=lambda kv: kv[1])), [k for k, _ in sorted(data)])
