# Augmented assignment evaluates the target once; works on attributes, items and slices.
log = []
class Box:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        log.append("get")
        return self._v
    @v.setter
    def v(self, value):
        log.append("set")
        self._v = value
b = Box()
b.v += 5
print(b.v, log)
def key():
    log.append("key")
    return "k"
d = {"k": 1}
log.clear()
d[key()] *= 10
print(d, log)
lst = [1, 2, 3, 4]
lst[1:3] += ["x"]
print(lst)
t = (1,)
t += (2,)
print(t)
s = "ab"
s *= 3
print(s)
alias = lst
lst += [5]
print(alias is lst, alias)
n = 7
n //= 2; n **= 3; n %= 10; n <<= 2; n |= 1; n ^= 3; n &= 14; n >>= 1
print(n)
f = 1.5
f /= 0.5; f -= 1; f **= 0.5
print(f)
try:
    x = 1
    x @= 2
except TypeError as e:
    print("TypeError:", e)
