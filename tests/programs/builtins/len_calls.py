"""len() on built-in containers, a subclass with __len__, len stored on a class, and len deleted from builtins."""
class L(list):
    def __len__(self): return 42
class C:
    f = len
print(len([1,2]), len((1,)), len("héllo"), len({1:2}), len(L([1])), len(range(5)), len(b"ab"))
try:
    print(C().f([1]))
except TypeError as e: print(e)
import builtins
del builtins.len
import gc; gc.collect()
try:
    len([1])
except NameError as e: print(e)
