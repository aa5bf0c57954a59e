# Keyword names that are str subclasses whose __hash__ and __eq__ run a
# collection while the call binds its arguments.
import gc
class Key(str):
    def __hash__(self):
        gc.collect()
        [object() for _ in range(100)]
        return str.__hash__(self)
    def __eq__(self, other):
        gc.collect()
        return str.__eq__(self, other)
def f(*args, **kwargs):
    return args, sorted(kwargs.items())
for i in range(3):
    print(f(1, [i], **{Key("a"): [1, 2], Key("b"): (3,), "c": {4}}))
def g(a, *, b): return a, b
print(g(1, **{Key("b"): "x"}))
