# A str key looked up and then stored again, with the dict changed in between.
import gc
d = {}
words = "a b c a b d e a".split()
for w in words:
    d[w] = d.get(w, 0) + 1
print(d)
k = "x" * 3
d[k] = 1
del d["a"]
d[k] = 2
print(d, list(d))
d.get(k); d.pop("b"); d[k] = 3; print(d)
d.get(k); d.clear(); d[k] = 4; print(d)
d.get(k); d.popitem(); d["y"] = 1; d[k] = 5; print(d)
e = {}
for i in range(200):
    s = str(i)
    e[s] = e.get(s, 0) + i
    if i % 7 == 0:
        del e[s]
    if i % 11 == 0:
        gc.collect()
print(len(e), sum(e.values()), list(e)[:5])
f = dict.fromkeys("pqr", 0)
for w in "p q r p".split():
    if w in f:
        f[w] += 1
print(f)
g = {"k": 1}
key = "".join(["k"])
g.get(key); g.update({"k": 9}); g[key] += 1; print(g)
g.get(key); g.setdefault("z", 0); g[key] = 0; del g["k"]; g[key] = 7; print(g, list(g.items()))
h = {}
h[key] = 1; h2 = h.copy(); h2[key] = 2; print(h, h2)
import sys
for i in range(3):
    tmp = "".join(["t", str(i)])
    h[tmp] = h.get(tmp, 0) + 1
    del tmp
    gc.collect()
print(h)
