# Assigning read-only generator attributes gives CPython's messages.
def simple():
    yield
s = simple()
for name, value in [("gi_running", True), ("gi_code", None), ("gi_yieldfrom", None), ("gi_suspended", True)]:
    try:
        setattr(s, name, value)
        print("set", name)
    except AttributeError as e:
        print(name, type(e).__name__, e)
    try:
        delattr(s, name)
    except AttributeError as e:
        print("del", name, type(e).__name__, e)
try:
    s.custom = 1
except AttributeError as e:
    print(type(e).__name__, e)
s.__name__ = "renamed"
s.__qualname__ = "Q.renamed"
print(s.__name__, s.__qualname__)
try:
    s.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s.__name__
except TypeError as e:
    print(type(e).__name__, e)
