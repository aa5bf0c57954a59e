"""weakref for pyvm: references that do not keep their objects alive,
and the dictionaries and set built on them.

pyvm frees objects when its collector runs, not when their last
reference goes: a weak reference (and an entry of these containers)
lives on until the next collection, which `gc.collect()` forces.
"""

from _weakref import ReferenceType, ref

__all__ = ["ref", "ReferenceType", "WeakValueDictionary", "WeakKeyDictionary", "WeakSet"]


class _WeakMapping:
    """What the two weak dictionaries share: they keep their entries in
    `data` and make `items()` of the live ones."""

    def __repr__(self):
        return f"<{type(self).__name__} at {id(self):#x}>"

    def keys(self):
        return iter(self)

    def values(self):
        for _, value in self.items():
            yield value

    def copy(self):
        return type(self)(self.items())

    def clear(self):
        self.data.clear()


class WeakValueDictionary(_WeakMapping):
    """A dictionary whose entries go when their values die."""

    def __init__(self, other=(), /, **kwargs):
        self.data = {}
        self.update(other, **kwargs)

    def _remover(self, key):
        self_ref = ref(self)

        def remove(reference):
            owner = self_ref()
            if owner is not None and owner.data.get(key) is reference:
                del owner.data[key]

        return remove

    def __getitem__(self, key):
        value = self.data[key]()
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self.data[key] = ref(value, self._remover(key))

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        reference = self.data.get(key)
        return reference is not None and reference() is not None

    def __len__(self):
        return sum(1 for reference in self.data.values() if reference() is not None)

    def __iter__(self):
        for key, reference in list(self.data.items()):
            if reference() is not None:
                yield key

    def items(self):
        for key, reference in list(self.data.items()):
            value = reference()
            if value is not None:
                yield key, value

    def valuerefs(self):
        return list(self.data.values())

    def get(self, key, default=None):
        reference = self.data.get(key)
        if reference is None:
            return default
        value = reference()
        return default if value is None else value

    def pop(self, key, *default):
        reference = self.data.pop(key, None)
        value = None if reference is None else reference()
        if value is None:
            if default:
                return default[0]
            raise KeyError(key)
        return value

    def setdefault(self, key, default=None):
        value = self.get(key)
        if value is None:
            self[key] = default
            return default
        return value

    def update(self, other=(), /, **kwargs):
        if hasattr(other, "keys"):
            other = [(key, other[key]) for key in other.keys()]
        for key, value in other:
            self[key] = value
        for key, value in kwargs.items():
            self[key] = value


class _KeyedByReference:
    """What WeakKeyDictionary and WeakSet share: `data` is keyed by weak
    references to the objects, and a reference whose object dies leaves
    it."""

    def _watch(self):
        self_ref = ref(self)

        def remove(reference):
            owner = self_ref()
            if owner is not None:
                owner._forget(reference)

        self._remove = remove

    def __contains__(self, key):
        try:
            reference = ref(key)
        except TypeError:
            return False
        return reference in self.data

    def __len__(self):
        return sum(1 for reference in self.data if reference() is not None)

    def __iter__(self):
        for reference in list(self.data):
            key = reference()
            if key is not None:
                yield key


class WeakKeyDictionary(_WeakMapping, _KeyedByReference):
    """A dictionary whose entries go when their keys die."""

    def __init__(self, dict=None):
        self.data = {}
        self._watch()
        if dict is not None:
            self.update(dict)

    def _forget(self, reference):
        self.data.pop(reference, None)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]


    def items(self):
        for reference, value in list(self.data.items()):
            key = reference()
            if key is not None:
                yield key, value

    def keyrefs(self):
        return list(self.data)

    def get(self, key, default=None):
        try:
            return self.data.get(ref(key), default)
        except TypeError:
            return default

    def pop(self, key, *default):
        return self.data.pop(ref(key), *default)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        if dict is not None:
            items = dict.items() if hasattr(dict, "items") else dict
            for key, value in items:
                self[key] = value
        for key, value in kwargs.items():
            self[key] = value


class WeakSet(_KeyedByReference):
    """A set whose items go when they die."""

    def __init__(self, data=None):
        self.data = set()
        self._watch()
        if data is not None:
            self.update(data)

    def _forget(self, reference):
        self.data.discard(reference)

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def pop(self):
        while True:
            reference = self.data.pop()
            item = reference()
            if item is not None:
                return item

    def clear(self):
        self.data.clear()

    def update(self, other):
        for item in other:
            self.add(item)

    def copy(self):
        return type(self)(self)
