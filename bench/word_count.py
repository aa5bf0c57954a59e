"""Dict and str work: counting the words of generated text."""

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
         "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi"]


def make_text(n):
    lines = []
    for i in range(n):
        line = " ".join(WORDS[(i * j + j) % len(WORDS)] for j in range(12))
        lines.append(line.upper() if i % 5 == 0 else line)
    return "\n".join(lines)


def count(text):
    counts = {}
    for line in text.splitlines():
        for word in line.lower().split():
            counts[word] = counts.get(word, 0) + 1
    return counts


counts = count(make_text(40_000))
for word, n in sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:5]:
    print(word, n)
