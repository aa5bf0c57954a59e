"""Word frequencies of a text file (or of standard input): the most
common words with a bar chart, and a few statistics."""

import sys


def words(text):
    word = []
    for ch in text.lower():
        if ch.isalpha() or ch == "'":
            word.append(ch)
        elif word:
            yield "".join(word)
            word = []
    if word:
        yield "".join(word)


def main():
    if len(sys.argv) > 1:
        with open(sys.argv[1], encoding="utf-8") as file:
            text = file.read()
    else:
        text = sys.stdin.read()
    counts = {}
    for word in words(text):
        counts[word] = counts.get(word, 0) + 1
    total = sum(counts.values())
    print(f"{total} words, {len(counts)} different")
    if not counts:
        return
    top = sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))[:10]
    widest = max(len(word) for word, _ in top)
    for word, count in top:
        print(f"{word:<{widest}} {count:>5} {'#' * round(40 * count / top[0][1])}")
    longest = max(counts, key=lambda word: (len(word), word))
    print(f"longest word: {longest!r}; average length {sum(len(w) * n for w, n in counts.items()) / total:.2f}")


if __name__ == "__main__":
    main()
