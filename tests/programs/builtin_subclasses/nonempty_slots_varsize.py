# Nonempty __slots__ are refused for subclasses of variable-size built-ins
# (int, tuple, bytes); fixed-size ones (float, list, dict, set) accept them.
for base in [int, tuple, bytes]:
    try:
        class Bad(base):
            __slots__ = ("x",)
        print(base.__name__, "accepted slots")
    except TypeError as e:
        print(base.__name__, type(e).__name__, e)
for base in [float, list, dict, set, complex, object, Exception]:
    class Ok(base):
        __slots__ = ("x",)
    o = Ok()
    o.x = base.__name__
    print(base.__name__, "ok", o.x)
class Empty(int):
    __slots__ = ()
print(Empty(5), hasattr(Empty(5), "__dict__"))
try:
    class DictOnly(tuple):
        __slots__ = ("__dict__",)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class WeakOnly(int):
        __slots__ = ("__weakref__",)
except TypeError as e:
    print(type(e).__name__, e)
