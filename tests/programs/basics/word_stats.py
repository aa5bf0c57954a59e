# Word statistics: counting, sorting by several keys, string building.
text = """The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox runs! Quick, quick: the end."""
words = [w.strip(".,;:!").lower() for w in text.split()]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(top)
by_length = {}
for w in sorted(set(words)):
    by_length.setdefault(len(w), []).append(w)
for length in sorted(by_length):
    print(length, ", ".join(by_length[length]))
print(len(words), len(counts), max(words, key=len), text.count("the"), text.lower().count("the"))
lines = text.splitlines()
print([len(line) for line in lines], lines[1].title(), lines[0][:9].upper())
print("-".join(w[::-1] for w in words[:4]), "".join(sorted(set("".join(words))))[:10])
