# dict comprehensions and counting patterns.
words = "the cat and the hat and the bat".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts)
print({w: len(w) for w in words}, {i: i * i for i in range(5) if i % 2 == 0})
inverted = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inverted, {k: v for k, v in zip("xyz", [1, 2, 3])})
groups = {}
for w in words:
    groups.setdefault(w[0], []).append(w)
print(groups)
print(max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
