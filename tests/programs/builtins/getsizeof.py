import sys
class A: pass
class S:
    __slots__=('a','b')
def f(): pass
class E(int): pass
vals=[0,1,2**30,2**31,-5,True,False,1.5,1j,'', 'abc','é','€', '😀','a'*100, b'', b'abc', (), (1,2), [], {}, {1:1}, {i:i for i in range(10)}, {'a': 1, 'b': 2}, set(), {1,2}, frozenset(), A(), S(), object(), None, f, range(3), bytearray(b'ab'), bytearray(), 2**100, E(5), set(range(6))]
for v in vals: print(type(v).__name__, sys.getsizeof(v), type(v).__sizeof__(v))
class Big:
    def __sizeof__(self): return 1000
print(sys.getsizeof(Big()))
class Neg:
    def __sizeof__(self): return -1
class NotInt:
    def __sizeof__(self): return 1.5
for cls in (Neg, NotInt):
    try:
        sys.getsizeof(cls())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(sys.getsizeof(NotInt(), "default"))
try:
    sys.getsizeof(Neg(), "default")
except ValueError as e:
    print("ValueError", e)
