# __setitem__ and __delitem__ with ints, slices and tuples, augmented
# assignment to items, and the errors of missing methods.

log = []

class Store:
    def __init__(self):
        self.data = []
    def find(self, key):
        for i, (k, v) in enumerate(self.data):
            if type(k) is type(key) and repr(k) == repr(key):
                return i
        return -1
    def __getitem__(self, key):
        log.append(("get", key))
        i = self.find(key)
        return 0 if i < 0 else self.data[i][1]
    def __setitem__(self, key, value):
        log.append(("set", key, value))
        i = self.find(key)
        if i < 0:
            self.data.append((key, value))
        else:
            self.data[i] = (key, value)
    def __delitem__(self, key):
        log.append(("del", key))
        i = self.find(key)
        if i >= 0:
            del self.data[i]

s = Store()
s[1] = "a"
s[1:3] = [1, 2]
s[::2] = "x"
s[1, 2] = "tuple"
s["k"] += 5
s["k"] *= 3
del s[1]
del s[1:3]
del s[::2], s["k"]
for entry in log:
    print(entry)
print(s.data)

class ReadOnly:
    def __getitem__(self, key):
        return key

class WriteOnly:
    def __setitem__(self, key, value):
        pass

def t(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

def assign(obj, key, value):
    obj[key] = value
def delete(obj, key):
    del obj[key]
def augment(obj, key):
    obj[key] += 1

t("setitem on ReadOnly", lambda: assign(ReadOnly(), 0, 1))
t("delitem on ReadOnly", lambda: delete(ReadOnly(), 0))
t("getitem on WriteOnly", lambda: WriteOnly()[0])
t("augment on WriteOnly", lambda: augment(WriteOnly(), 0))
t("augment on ReadOnly", lambda: augment(ReadOnly(), 1))
t("setitem on tuple", lambda: assign((1, 2), 0, 5))
t("delitem on str", lambda: delete("abc", 0))
t("setitem on int", lambda: assign(5, 0, 1))
t("getitem on object", lambda: object()[0])
t("getitem on type", lambda: object[int])

# builtin list slice assignment rules
lst = list(range(8))
lst[2:5] = ["a"]
print(lst)
lst[::3] = ["X", "Y"]
print(lst)
t("extended slice size mismatch", lambda: assign(lst, slice(None, None, 2), [1]))
t("slice assign non-iterable", lambda: assign(lst, slice(0, 1), 5))
del lst[::2]
print(lst)
lst[len(lst):] = [9, 9]
lst[:0] = "ab"
print(lst)
t("del out of range", lambda: delete(lst, 50))
t("set out of range", lambda: assign(lst, -50, 0))
t("list key str", lambda: assign(lst, "a", 0))
d = {}
t("dict del missing", lambda: delete(d, "missing"))
t("dict unhashable key", lambda: assign(d, [1], 0))
