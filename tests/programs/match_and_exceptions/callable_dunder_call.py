# Every callable has a __call__ attribute (a method-wrapper), not just
# classes: functions, builtins, bound methods.


def f(x):
    return x * 2


class A:
    def m(self):
        return "m"


for name, obj in [("len", len), ("list.append", [].append), ("function", f),
                  ("bound method", A().m), ("lambda", lambda: 0), ("class", A),
                  ("str.join", "".join)]:
    try:
        c = obj.__call__
        print(name, "has __call__:", type(c).__name__)
    except AttributeError as e:
        print(name, "AttributeError:", e)
print(len.__call__([1, 2]), f.__call__(21), A().m.__call__(), A.__call__().m())
print(callable(object()), hasattr(object(), "__call__"))
