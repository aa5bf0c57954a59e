# next() on an async generator must raise TypeError: it is not an iterator.


async def ticker():
    yield 1
    yield 2


t = ticker()
try:
    print("next gave", next(t))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("__next__ gave", t.__next__())
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(t, "__next__"), hasattr(t, "__iter__"), hasattr(t, "__anext__"))
try:
    print("next default", next(t, "default"))
except TypeError as e:
    print(type(e).__name__, e)
