# Assigning non-strings to __name__/__qualname__ of a class, and deleting __name__.
class Renamed:
    pass
try:
    Renamed.__qualname__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    Renamed.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    Renamed.__name__ = "a\x00b"
except ValueError as e:
    print(type(e).__name__, e)
try:
    del Renamed.__name__
except TypeError as e:
    print(type(e).__name__, e)
try:
    del Renamed.__qualname__
except TypeError as e:
    print(type(e).__name__, e)
print(Renamed.__name__, Renamed.__qualname__)
