# sys._getframe and the attributes of frame objects.
import sys


def masked(text):
    start = text.index("0x")
    end = text.index(",", start)
    return text[:start] + "0x..." + text[end:]


def callee():
    return sys._getframe(1).f_code.co_name


def caller():
    return callee()


print(caller())
top = sys._getframe()
print(type(top).__name__, top.f_code.co_name, top.f_back)
print(top.f_globals is globals(), top.f_locals is globals())
print(top.f_builtins["len"] is len, type(top.f_builtins).__name__)
print(top.f_trace, top.f_lineno)
print(sys._getframe() is sys._getframe())
print(masked(repr(top)).replace(__file__, "FILE"))


def locals_of(a, b=2, *args, **kw):
    c = a + b
    d = None
    del d
    return sys._getframe().f_locals


print(sorted(locals_of(1)))
print(sorted(locals_of(1, 3, 4, k=5).items()))


def outer(x):
    y = 10

    def inner(z):
        w = x + z
        return sys._getframe().f_locals

    return inner(1), sys._getframe().f_locals


inner_locals, outer_locals = outer(5)
print(sorted(inner_locals.items()))
print(sorted((k, v) for k, v in outer_locals.items() if k != "inner"))


def chain():
    names = []
    f = sys._getframe()
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names


def a():
    return b()


def b():
    return chain()


print(a())


def depth_error():
    try:
        sys._getframe(1000)
    except ValueError as e:
        print("ValueError:", e)
    try:
        sys._getframe("x")
    except TypeError as e:
        print("TypeError:", e)
    try:
        sys._getframe(0, 1)
    except TypeError as e:
        print("TypeError:", e)
    print(sys._getframe(-5).f_code.co_name)


depth_error()


def lines():
    first = sys._getframe().f_lineno
    f = sys._getframe()
    second = f.f_lineno
    return first, second, sys._getframe().f_code.co_firstlineno


print(lines())


def live():
    f = sys._getframe()
    x = 1
    first = dict(f.f_locals)
    x = 2
    y = 3
    second = f.f_locals
    return (sorted((k, v) for k, v in first.items() if k != "f"),
            sorted((k, v) for k, v in second.items() if k not in ("f", "first")))


print(live())


def same_dict():
    f = sys._getframe()
    return f.f_locals is f.f_locals


print(same_dict())


def kept():
    v = "kept"
    return sys._getframe()


f = kept()
print(f.f_locals, f.f_code.co_name, f.f_back is sys._getframe())
print(f.f_lineno)


class C:
    attr = 1
    ns = sys._getframe().f_locals
    print(sorted(k for k in ns if not k.startswith("__")), ns["__qualname__"])
    print(sys._getframe().f_back.f_code.co_name)

print(sorted(k for k in C.ns if not k.startswith("__")))


def caller_name():
    return sys._getframe(1).f_code.co_name


print([caller_name() for _ in range(1)])
print(list(caller_name() for _ in range(1)))
print((lambda: caller_name())())
