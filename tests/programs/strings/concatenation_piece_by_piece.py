# Strings built piece by piece with += and +: long concatenations are kept
# as their parts until read, which must not show.
def build(n, piece):
    s = ""
    for i in range(n):
        s += piece
    return s
a = build(1000, "ab")
print(len(a), a[:6], a[-3:], a.count("ab"), hash(a) == hash("ab" * 1000), a == "ab" * 1000)
b = build(300, "é✓")
print(len(b), b[:4], b.encode("utf-8")[:6], b.isascii(), b[599], b.find("✓é"))
c = "x" * 200 + "y" * 100
d = c + c
print(len(d), d[199:202], d.upper()[-2:], d.startswith("xx"), {d: 1}[c + c])
parts = []
s = "start"
for i in range(500):
    s = s + str(i) + ","
    if i % 100 == 0:
        parts.append(s)
print([len(p) for p in parts], s[-8:], parts[2][-6:])
t = "q" * 300
u = t + "1"
v = t + "2"
print(u[-3:], v[-3:], u != v, len(u + v), (u + v)[299:302])
left = "L" * 300
for i in range(50):
    left = ("<" + left + ">")
print(len(left), left[:3], left[-3:])
import gc
deep = ""
for i in range(20000):
    deep += "z"
gc.collect()
print(len(deep), deep[-1], deep.count("z"))
