parts = []
for i in range(5):
    parts.append(f"{i}:{chr(97 + i) * i}")
print(",".join(parts))
s = ""
for word in ["alpha", "beta", "gamma"]:
    s += word[0].upper() + word[1:] + " "
print(repr(s.rstrip()))
table = [("name", "qty", "price"), ("apple", 3, 1.5), ("banana", 12, 0.25), ("cherry", 100, 10.0)]
widths = [max(len(str(row[i])) for row in table) for i in range(3)]
for row in table:
    print(" | ".join(str(cell).ljust(w) if i == 0 else str(cell).rjust(w) for i, (cell, w) in enumerate(zip(row, widths))))
print("=" * (sum(widths) + 6))
def wrap(text, width):
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return lines + [line] if line else lines
for line in wrap("the quick brown fox jumps over the lazy dog and keeps on running far away", 16):
    print(f"|{line:<16}|")
print("".join(sorted(set("mississippi"))), "".join(c * 2 for c in "abc"), "abc" * 3, "-" * 0 + "end")
caesar = lambda text, k: "".join(chr((ord(c) - 97 + k) % 26 + 97) if c.islower() else c for c in text)
print(caesar("hello, world", 3), caesar(caesar("round trip", 13), 13))
print(str(123).zfill(6), format(7, "03d"), "{:>08.3f}".format(3.14159), "%05.1f" % 2.25, f"{'x':#>4}")
