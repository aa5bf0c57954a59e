# Function attribute assignment/deletion rules: __name__ can't be deleted, __dict__ can be replaced,
# __defaults__/__kwdefaults__ type checks, deleting __defaults__/__kwdefaults__ sets None.
def f(a, b=1, *, k=2):
    return a, b, k
try:
    del f.__name__
except TypeError as e:
    print("TypeError", e)
try:
    del f.__qualname__
except TypeError as e:
    print("TypeError", e)
f.__dict__ = {"replaced": True}
print(f.replaced, f.__dict__)
try:
    f.__dict__ = 1
except TypeError as e:
    print("TypeError", e)
for value in ([1, 2], "ab", 3):
    try:
        f.__defaults__ = value
    except TypeError as e:
        print("TypeError", e)
for value in (("k", 1), [("k", 1)], 3):
    try:
        f.__kwdefaults__ = value
    except TypeError as e:
        print("TypeError", e)
del f.__defaults__
print(f.__defaults__)
del f.__kwdefaults__
print(f.__kwdefaults__)
try:
    f(1)
except TypeError as e:
    print("TypeError", e)
try:
    del f.__code__
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    f.__code__ = None
except TypeError as e:
    print("TypeError", e)
try:
    f.__globals__ = {}
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    f.__closure__ = None
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
