# functools.cached_property error cases: no instance __dict__, same object under two names, no __set_name__.
import functools
# cached_property without a __dict__ fails.
class Slotted:
    __slots__ = ("x",)
    @functools.cached_property
    def value(self):
        return 1
try:
    Slotted().value
except TypeError as e:
    print("TypeError", e)
# Using the same cached_property under two names is an error.
def shared_func(self):
    return 1
try:
    class Twice:
        a = functools.cached_property(shared_func)
        b = a
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e)
    if e.__cause__ is not None:
        print("cause:", type(e.__cause__).__name__, e.__cause__)
# cached_property not set up via class body (no __set_name__).
cp = functools.cached_property(shared_func)
class Late:
    pass
Late.value = cp
try:
    Late().value
except TypeError as e:
    print("TypeError", e)
