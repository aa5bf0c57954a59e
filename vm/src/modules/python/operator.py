"""operator for pyvm: Python's operators as functions (`add(a, b)` is
`a + b`), with their dunder-named aliases (`__add__`), and the callables
`attrgetter`, `itemgetter` and `methodcaller`, as CPython's behave.

The functions are native (`_operator`); the three callable types are
written here."""

from _operator import (
    lt, le, eq, ne, ge, gt, not_, truth, is_, is_not,
    abs, add, and_, floordiv, index, inv, invert, lshift, mod, mul, matmul,
    neg, or_, pos, pow, rshift, sub, truediv, xor,
    concat, contains, countOf, delitem, getitem, indexOf, setitem,
    length_hint, call,
    iadd, iand, iconcat, ifloordiv, ilshift, imod, imul, imatmul, ior, ipow,
    irshift, isub, itruediv, ixor,
)

__all__ = [
    "abs", "add", "and_", "attrgetter", "call", "concat", "contains", "countOf",
    "delitem", "eq", "floordiv", "ge", "getitem", "gt", "iadd", "iand",
    "iconcat", "ifloordiv", "ilshift", "imatmul", "imod", "imul", "index",
    "indexOf", "inv", "invert", "ior", "ipow", "irshift", "is_", "is_not",
    "isub", "itemgetter", "itruediv", "ixor", "le", "length_hint", "lshift",
    "lt", "matmul", "methodcaller", "mod", "mul", "ne", "neg", "not_", "or_",
    "pos", "pow", "rshift", "setitem", "sub", "truediv", "truth", "xor",
]


def _final(name):
    """An `__init_subclass__` refusing subclasses, as CPython's types
    without `Py_TPFLAGS_BASETYPE` do."""

    def __init_subclass__(cls, **kwargs):
        raise TypeError(f"type 'operator.{name}' is not an acceptable base type")

    return classmethod(__init_subclass__)


def _check_call(name, args, kwargs):
    """The one operand of a call of an `attrgetter`, `itemgetter` or
    `methodcaller` object, with CPython's errors for anything else."""
    if kwargs:
        raise TypeError(f"{name}() takes no keyword arguments")
    if len(args) != 1:
        raise TypeError(f"{name} expected 1 argument, got {len(args)}")
    return args[0]


# The ids of the objects whose repr is being made, so that one holding
# itself shows as `operator.itemgetter(...)` (CPython's `Py_ReprEnter`).
_repr_running = set()


def _guarded_repr(obj, text):
    """`obj`'s repr from `text()`, or `operator.<type>(...)` when `obj`'s
    repr is already being made further up."""
    key = id(obj)
    if key in _repr_running:
        return f"operator.{type(obj).__name__}(...)"
    _repr_running.add(key)
    try:
        return text()
    finally:
        _repr_running.discard(key)


class attrgetter:
    """A callable fetching attributes of its operand: `attrgetter('a')(x)`
    is `x.a`, dotted names go further (`'a.b'` is `x.a.b`), and several
    names give a tuple."""

    __slots__ = ("_names", "_paths")
    __init_subclass__ = _final("attrgetter")

    def __new__(cls, *attrs, **kwargs):
        if kwargs:
            raise TypeError("attrgetter() takes no keyword arguments")
        if not attrs:
            raise TypeError("attrgetter expected 1 argument, got 0")
        for attr in attrs:
            if not isinstance(attr, str):
                raise TypeError("attribute name must be a string")
        self = object.__new__(cls)
        self._names = attrs
        self._paths = tuple(tuple(attr.split(".")) for attr in attrs)
        return self

    def __call__(self, *args, **kwargs):
        obj = _check_call("attrgetter", args, kwargs)
        if len(self._paths) == 1:
            return _resolve(obj, self._paths[0])
        return tuple(_resolve(obj, path) for path in self._paths)

    def __repr__(self):
        return f"operator.attrgetter({', '.join(map(repr, self._names))})"

    def __reduce__(self):
        return type(self), self._names


def _resolve(obj, path):
    """The attribute at the dotted `path` (split) of `obj`."""
    for name in path:
        obj = getattr(obj, name)
    return obj


class itemgetter:
    """A callable fetching items of its operand: `itemgetter(2)(x)` is
    `x[2]`, and several items give a tuple."""

    __slots__ = ("_items",)
    __init_subclass__ = _final("itemgetter")

    def __new__(cls, *items, **kwargs):
        if kwargs:
            raise TypeError("itemgetter() takes no keyword arguments")
        if not items:
            raise TypeError("itemgetter expected 1 argument, got 0")
        self = object.__new__(cls)
        self._items = items
        return self

    def __call__(self, *args, **kwargs):
        obj = _check_call("itemgetter", args, kwargs)
        items = self._items
        if len(items) == 1:
            return obj[items[0]]
        return tuple(obj[item] for item in items)

    def __repr__(self):
        return _guarded_repr(
            self,
            lambda: f"operator.itemgetter({', '.join(map(repr, self._items))})",
        )

    def __reduce__(self):
        return type(self), self._items


class methodcaller:
    """A callable calling a method of its operand: `methodcaller('m', 1,
    k=2)(x)` is `x.m(1, k=2)`."""

    __slots__ = ("_name", "_args", "_kwargs")
    __init_subclass__ = _final("methodcaller")

    def __new__(cls, *args, **kwargs):
        if not args:
            raise TypeError("methodcaller needs at least one argument, the method name")
        name = args[0]
        if not isinstance(name, str):
            raise TypeError("method name must be a string")
        self = object.__new__(cls)
        self._name = name
        self._args = args[1:]
        self._kwargs = kwargs
        return self

    def __call__(self, *args, **kwargs):
        obj = _check_call("methodcaller", args, kwargs)
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        def text():
            parts = [repr(self._name)]
            parts.extend(map(repr, self._args))
            parts.extend(f"{key}={value!r}" for key, value in self._kwargs.items())
            return f"operator.methodcaller({', '.join(parts)})"

        return _guarded_repr(self, text)

    def __reduce__(self):
        if not self._kwargs:
            return type(self), (self._name,) + self._args
        from functools import partial

        return partial(type(self), self._name, **self._kwargs), self._args


# The dunder-named aliases.
__lt__ = lt
__le__ = le
__eq__ = eq
__ne__ = ne
__ge__ = ge
__gt__ = gt
__not__ = not_
__abs__ = abs
__add__ = add
__and__ = and_
__floordiv__ = floordiv
__index__ = index
__inv__ = inv
__invert__ = invert
__lshift__ = lshift
__mod__ = mod
__mul__ = mul
__matmul__ = matmul
__neg__ = neg
__or__ = or_
__pos__ = pos
__pow__ = pow
__rshift__ = rshift
__sub__ = sub
__truediv__ = truediv
__xor__ = xor
__concat__ = concat
__contains__ = contains
__delitem__ = delitem
__getitem__ = getitem
__setitem__ = setitem
__call__ = call
__iadd__ = iadd
__iand__ = iand
__iconcat__ = iconcat
__ifloordiv__ = ifloordiv
__ilshift__ = ilshift
__imod__ = imod
__imul__ = imul
__imatmul__ = imatmul
__ior__ = ior
__ipow__ = ipow
__irshift__ = irshift
__isub__ = isub
__itruediv__ = itruediv
__ixor__ = ixor
