"""functools for pyvm: higher-order functions and operations on callables
(`reduce`, `partial`, `wraps`, `total_ordering`, `cmp_to_key`,
`lru_cache`, `cache`, `cached_property`, `singledispatch`,
`singledispatchmethod`), as CPython's behave."""

__all__ = [
    "WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES", "update_wrapper", "wraps",
    "total_ordering", "cmp_to_key", "reduce", "partial", "lru_cache", "cache",
    "cached_property", "singledispatch", "singledispatchmethod",
]

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__",
                       "__annotations__")
WRAPPER_UPDATES = ("__dict__",)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Makes wrapper look like wrapped: its name, docstring and so on."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            pass
        else:
            setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """A decorator applying update_wrapper with wrapped."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


_sentinel = object()


def reduce(function, sequence, initial=_sentinel):
    """Folds the items of sequence from the left with function."""
    it = iter(sequence)
    if initial is _sentinel:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


class partial:
    """A callable that calls func with some arguments already given."""

    def __new__(cls, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super().__new__(cls)
        self.func = func
        self.args = args
        self.keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(arg) for arg in self.args)
        parts.extend(f"{key}={value!r}" for key, value in self.keywords.items())
        return f"functools.{type(self).__name__}({', '.join(parts)})"


def _derived(root, combine):
    """An ordering method made of the class's `root` one and ==:
    `combine(root's result, self, other)`."""

    def method(self, other):
        result = getattr(type(self), root)(self, other)
        if result is NotImplemented:
            return result
        return combine(result, self, other)

    return method


# For each root a class may define, the others made of it.
_convert = {
    "__lt__": [("__gt__", lambda r, a, b: not r and a != b),
               ("__le__", lambda r, a, b: r or a == b),
               ("__ge__", lambda r, a, b: not r)],
    "__le__": [("__ge__", lambda r, a, b: not r or a == b),
               ("__lt__", lambda r, a, b: r and a != b),
               ("__gt__", lambda r, a, b: not r)],
    "__gt__": [("__lt__", lambda r, a, b: not r and a != b),
               ("__ge__", lambda r, a, b: r or a == b),
               ("__le__", lambda r, a, b: not r)],
    "__ge__": [("__le__", lambda r, a, b: not r or a == b),
               ("__gt__", lambda r, a, b: r and a != b),
               ("__lt__", lambda r, a, b: not r)],
}


def total_ordering(cls):
    """A class decorator filling in the missing ordering methods from the
    one the class defines (and __eq__)."""
    roots = {op for op in _convert if getattr(cls, op, None) is not getattr(object, op, None)}
    if not roots:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = max(roots)
    for name, combine in _convert[root]:
        if name not in roots:
            method = _derived(root, combine)
            method.__name__ = method.__qualname__ = name
            setattr(cls, name, method)
    return cls


def cmp_to_key(mycmp):
    """A key function (for sorted and min) made of an old-style comparison."""

    class K:
        __slots__ = ["obj"]

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None

    return K


class _CacheInfo(tuple):
    def __new__(cls, hits, misses, maxsize, currsize):
        return super().__new__(cls, (hits, misses, maxsize, currsize))

    hits = property(lambda self: self[0])
    misses = property(lambda self: self[1])
    maxsize = property(lambda self: self[2])
    currsize = property(lambda self: self[3])

    def __repr__(self):
        return (f"CacheInfo(hits={self[0]!r}, misses={self[1]!r}, "
                f"maxsize={self[2]!r}, currsize={self[3]!r})")


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += (_sentinel,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in {int, str}:
        return key[0]
    return key


def lru_cache(maxsize=128, typed=False):
    """A decorator keeping the results of the last maxsize calls (all of
    them when maxsize is None)."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _lru_cache_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        return _lru_cache_wrapper(user_function, maxsize, typed)

    return decorating_function


def _lru_cache_wrapper(user_function, maxsize, typed):
    cache = {}
    hits = misses = 0

    def wrapper(*args, **kwds):
        nonlocal hits, misses
        if maxsize == 0:
            misses += 1
            return user_function(*args, **kwds)
        key = _make_key(args, kwds, typed)
        if key in cache:
            hits += 1
            result = cache.pop(key)
            cache[key] = result
            return result
        misses += 1
        result = user_function(*args, **kwds)
        if key not in cache:
            cache[key] = result
            if maxsize is not None and len(cache) > maxsize:
                del cache[next(iter(cache))]
        return result

    def cache_info():
        return _CacheInfo(hits, misses, maxsize, len(cache))

    def cache_clear():
        nonlocal hits, misses
        cache.clear()
        hits = misses = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = lambda: {"maxsize": maxsize, "typed": typed}
    return update_wrapper(wrapper, user_function)


def cache(user_function, /):
    """lru_cache(maxsize=None): every result kept."""
    return lru_cache(maxsize=None)(user_function)


class cached_property:
    """A property computed once per instance, then kept in its __dict__."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError(
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f"instance to cache {self.attrname!r} property.") from None
        if self.attrname in cache:
            return cache[self.attrname]
        value = self.func(instance)
        try:
            cache[self.attrname] = value
        except TypeError:
            raise TypeError(
                f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                f"does not support item assignment for caching {self.attrname!r} "
                "property.") from None
        return value


def _registered_class(cls):
    """Whether cls can key a singledispatch registry: a class, or a union
    of classes (int | str)."""
    if isinstance(cls, type):
        return True
    args = getattr(cls, "__args__", None)
    return (type(cls) is type(int | str) and args is not None
            and all(isinstance(arg, type) for arg in args))


def _first_annotation(func):
    """The name and annotation of the first annotated parameter of func
    (what register(func) dispatches on)."""
    annotations = getattr(func, "__annotations__", None) or {}
    for name, annotation in annotations.items():
        if name != "return":
            if isinstance(annotation, str):
                # A forward reference, resolved as typing.get_type_hints
                # would.
                annotation = eval(annotation, getattr(func, "__globals__", {}))
            return name, annotation
    raise TypeError(
        f"Invalid first argument to `register()`: {func!r}. "
        "Use either `@register(some_class)` or plain `@register` "
        "on an annotated function."
    )


def singledispatch(func):
    """Makes func a generic function dispatching on the class of its first
    argument: the implementation registered for the nearest class of its
    MRO runs, func itself for object."""
    registry = {object: func}
    # The implementation chosen for each class seen, forgotten whenever
    # one is registered.
    chosen = {}

    def dispatch(cls):
        """The implementation for instances of cls."""
        try:
            return chosen[cls]
        except KeyError:
            pass
        for base in cls.__mro__:
            if base in registry:
                implementation = registry[base]
                break
        else:
            implementation = func
        chosen[cls] = implementation
        return implementation

    def register(cls, func=None):
        """Registers func for cls (and each class of a union). Usable as
        @register(cls), or as @register on a function whose first
        parameter is annotated with the class."""
        if _registered_class(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(
                    f"Invalid first argument to `register()`. "
                    f"{cls!r} is not a class or union type."
                )
            func = cls
            argname, cls = _first_annotation(func)
            if not _registered_class(cls):
                raise TypeError(
                    f"Invalid annotation for {argname!r}. "
                    f"{cls!r} is not a class."
                )
        classes = cls.__args__ if not isinstance(cls, type) else (cls,)
        for one in classes:
            registry[one] = func
        chosen.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f"{funcname} requires at least 1 positional argument")
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, "__name__", "singledispatch function")
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = type(type.__dict__)(registry)
    wrapper._clear_cache = chosen.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """A method dispatching on the class of its first argument after self
    (or cls), as singledispatch does for functions."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """Registers method for cls, as singledispatch's register."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)
