# __contains__ falls back to __iter__, then to __getitem__; iter() falls back to __getitem__.
class OnlyGetitem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
o = OnlyGetitem()
print(list(o), 20 in o, 25 in o, list(iter(o)), [x for x in o], sorted(o, reverse=True))
a, b, c = o
print(a, b, c, max(o), sum(o))
class OnlyIter:
    def __iter__(self):
        yield from "xyz"
print("y" in OnlyIter(), "q" in OnlyIter(), list(OnlyIter()), "".join(OnlyIter()))
class Contains:
    def __contains__(self, item):
        return item == "magic"
    def __iter__(self):
        return iter(["other"])
print("magic" in Contains(), "other" in Contains(), "magic" not in Contains())
class Truthy:
    def __contains__(self, item):
        return 1
print(5 in Truthy())
class Neither:
    pass
for action in [lambda: 1 in Neither(), lambda: iter(Neither()), lambda: list(Neither())]:
    try:
        action()
    except TypeError as e:
        print("TypeError:", e)
class KeyGetitem:
    def __getitem__(self, key):
        raise KeyError(key)
try:
    list(KeyGetitem())
except KeyError as e:
    print("KeyError:", e)
class IterNone:
    __iter__ = None
try:
    iter(IterNone())
except TypeError as e:
    print("TypeError:", e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError:", e)
class Rev:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return "abc"[i]
print(list(reversed(Rev())))
