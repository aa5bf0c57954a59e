# __bool__ and __len__ decide truthiness; errors for bad results.
class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class Both:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)), bool(Both()), not L(0), bool(object()))
print("yes" if L(2) else "no", [x for x in [L(0), L(1), B(True)] if x].__len__(), L(0) or "fallback", L(4) and "second")
for bad in [B(1), B("yes"), B(None)]:
    try:
        bool(bad)
    except TypeError as e:
        print("TypeError:", e)
for bad in [L(-1), L("3"), L(2 ** 70)]:
    try:
        bool(bad)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
try:
    len(L(-1))
except ValueError as e:
    print("ValueError:", e)
class Inherit(B):
    pass
print(bool(Inherit(False)), bool(Inherit(True)))
class ZeroInt(int):
    pass
print(bool(ZeroInt(0)), bool(ZeroInt(7)))
class EmptyList(list):
    pass
print(bool(EmptyList()), bool(EmptyList([1])))
while L(0):
    print("never")
print(all([L(1), B(True)]), any([L(0), B(False)]))
