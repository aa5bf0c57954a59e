# weakref.ref with callbacks, cleared by the collector, and the weak
# dictionaries and set; what cannot have weak references.

import gc
import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Node({self.name})"


a = Node("a")
r = weakref.ref(a)
print(r() is a, r() , type(r).__name__, r.__callback__)
log = []
r2 = weakref.ref(a, lambda ref: log.append(("died", ref is r2)))
print(r == r2, hash(r) == hash(a), r2.__callback__ is not None)
del a
gc.collect()
print(r(), log, r == r2)

for bad in [1, "s", [], {}, (1,), None]:
    try:
        weakref.ref(bad)
    except TypeError as error:
        print("TypeError:", error)
print(weakref.ref(len)() is len, weakref.ref(Node)() is Node)


class Slotted:
    __slots__ = ("x",)


class SlottedWeak:
    __slots__ = ("x", "__weakref__")


for cls in [Slotted, SlottedWeak]:
    try:
        weakref.ref(cls())
        print(cls.__name__, "ok")
    except TypeError as error:
        print("TypeError:", error)

cache = weakref.WeakValueDictionary()
keep = Node("kept")
cache["kept"] = keep
cache["gone"] = Node("temporary")
gc.collect()
print(sorted(cache.keys()), len(cache), "gone" in cache, cache.get("gone", "default"), cache["kept"])

owners = weakref.WeakKeyDictionary()
k1, k2 = Node("k1"), Node("k2")
owners[k1] = 1
owners[k2] = 2
print(len(owners), owners[k1], k2 in owners)
del k2
gc.collect()
print(len(owners), [key.name for key in owners])

members = weakref.WeakSet()
m1, m2 = Node("m1"), Node("m2")
members.add(m1)
members.add(m2)
print(len(members), m1 in members)
del m1
gc.collect()
print(len(members), [m.name for m in members])


class Broken:
    def __call__(self, reference):
        raise ValueError("callback failed")

    def __repr__(self):
        return "<broken callback>"


broken = Broken()


victim = Node("victim")
keep_ref = weakref.ref(victim, broken)
del victim
gc.collect()
print("after failing callback", keep_ref())

d = Node("dead-hash")
dead = weakref.ref(d)
del d
gc.collect()
try:
    hash(dead)
except TypeError as error:
    print("TypeError:", error)
print("done")
