TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""
words = [w.strip(",.").lower() for w in TEXT.split()]
print("words:", len(words), "unique:", len(set(words)), "lines:", TEXT.count("\n") + 1)
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
for word, count in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]:
    print(f"{word:>10} {count:3} {'#' * count}")
lengths = [len(w) for w in words]
mean = sum(lengths) / len(lengths)
var = sum((x - mean) ** 2 for x in lengths) / len(lengths)
srt = sorted(lengths)
median = (srt[len(srt) // 2 - 1] + srt[len(srt) // 2]) / 2 if len(srt) % 2 == 0 else srt[len(srt) // 2]
print(f"mean={mean:.3f} var={var:.3f} median={median} longest={max(words, key=len)!r}")
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
total = sum(letters.values())
print(" ".join(f"{c}:{n / total:.1%}" for c, n in sorted(letters.items(), key=lambda kv: -kv[1])[:5]))
bigrams = {}
for a, b in zip(words, words[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print(max(bigrams.items(), key=lambda kv: kv[1]))
sentences = [s.strip() for s in TEXT.replace("\n", " ").split(",") if s.strip()]
print(len(sentences), sentences[-1], min(sentences, key=len))
print(TEXT.title()[:40], TEXT.upper().count("IT WAS"), TEXT.find("season"), TEXT.rfind("of"))
