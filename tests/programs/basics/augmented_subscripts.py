"""Augmented assignment to subscripts: lists, dicts, nested lists, a user container (its __getitem__ and __setitem__ each called once), errors."""
v = [1.0, 2.0, 3.0]
counts = {}
for w in "a b a c b a".split():
    counts[w] = counts.get(w, 0)
    counts[w] += 1
v[0] -= 0.5
v[-1] *= 2
d = {1: 10}
d[1] += 5
t = [[1, 2], [3, 4]]
t[1][0] += 100
class Box:
    def __init__(self): self.data = {}
    def __getitem__(self, k):
        print("get", k); return self.data.get(k, 0)
    def __setitem__(self, k, val):
        print("set", k, val); self.data[k] = val
b = Box()
b["x"] += 3
b["x"] += 4
s = "abc"
print(v, counts, d, t, b.data)
try:
    v[5] += 1
except IndexError as e:
    print("IndexError", e)
try:
    counts["zz"] += 1
except KeyError as e:
    print("KeyError", e)
def f():
    arr = [0] * 5
    for i in range(5):
        arr[i] += i * i
        arr[i - 1] //= 1
    return arr
print(f())
x = [1]
x[0] += x[0]
print(x)
