# Setting __contains__ (or __iter__) to None blocks the fallbacks of `in`
# with CPython's "is not a container" / "is not iterable" messages.

class Blocked:
    __contains__ = None
    def __iter__(self):
        return iter([1])

class NoIter:
    __iter__ = None
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i

for label, fn in [("contains None", lambda: 1 in Blocked()),
                  ("iter None, in", lambda: 1 in NoIter()),
                  ("iter None, iter()", lambda: iter(NoIter())),
                  ("iter None, list()", lambda: list(NoIter()))]:
    try:
        print(label, fn())
    except TypeError as e:
        print(label, "TypeError:", e)
