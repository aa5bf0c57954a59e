# What hash() does with the value __hash__ returns: ints are reduced, -1
# becomes -2, subclasses of int are accepted, anything else is an error.

class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v

def t(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

t("hash 5", lambda: hash(H(5)))
t("hash -1", lambda: hash(H(-1)))
t("hash -2", lambda: hash(H(-2)))
t("hash 0", lambda: hash(H(0)))
t("hash 2**61-1", lambda: hash(H(2 ** 61 - 1)))
t("hash 2**61", lambda: hash(H(2 ** 61)))
t("hash 2**64+5", lambda: hash(H(2 ** 64 + 5)))
t("hash -(2**64)", lambda: hash(H(-(2 ** 64))))
t("hash 10**30 == hash(int)", lambda: hash(H(10 ** 30)) == hash(10 ** 30))
t("hash True", lambda: hash(H(True)))
t("hash 1.5", lambda: hash(H(1.5)))
t("hash '1'", lambda: hash(H("1")))
t("hash None", lambda: hash(H(None)))
t("hash in set", lambda: {H(1.5)})
t("hash in dict", lambda: {H("x"): 1})

class MyInt(int):
    def __hash__(self):
        return 1234
t("hash returns int subclass", lambda: hash(H(MyInt(5))))
t("hash of int subclass overriding", lambda: hash(MyInt(5)))

class Raises:
    def __hash__(self):
        raise KeyError("no hash for you")
t("raising hash", lambda: hash(Raises()))
t("raising hash in set", lambda: {Raises()})
t("raising hash in dict lookup", lambda: {}.get(Raises()))
t("raising hash in 'in' on list", lambda: Raises() in [1, 2])

# objects with equal hashes but unequal values coexist in a dict
class Collide:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return 42
    def __eq__(self, other):
        return isinstance(other, Collide) and other.n == self.n
    def __repr__(self):
        return "C%d" % self.n
d = {Collide(i): i for i in range(5)}
print(len(d), d[Collide(3)], Collide(9) in d, list(d))
del d[Collide(2)]
print(list(d), Collide(2) in d)
