# __instancecheck__ on metaclasses: duck typing, the exact-type fast path, and tuples.
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        print("  __instancecheck__", cls.__name__, type(obj).__name__)
        return all(hasattr(obj, m) for m in cls.required)

class Quacker(metaclass=DuckMeta):
    required = ("quack",)

class Duck:
    def quack(self):
        return "Quack"
class Robot:
    def quack(self):
        return "beep quack"
class Dog:
    def bark(self):
        return "Woof"

for obj in (Duck(), Robot(), Dog(), 5):
    print(type(obj).__name__, isinstance(obj, Quacker))

# Exact type match skips the hook
q = Quacker()
print("exact", isinstance(q, Quacker))

# Inside a tuple, each element is checked until a match
print(isinstance(Dog(), (int, Quacker)))
print(isinstance(Duck(), (Quacker, int)))
print(isinstance(3, (int, Quacker)))

# Result is converted to bool
class Truthy(type):
    def __instancecheck__(cls, obj):
        return "yes" if obj else ""
class T(metaclass=Truthy):
    pass
print(isinstance(1, T), isinstance(0, T), type(isinstance(1, T)).__name__)

# Exceptions from the hook propagate
class Raising(type):
    def __instancecheck__(cls, obj):
        raise ValueError("no checks for %r" % (obj,))
class RC(metaclass=Raising):
    pass
try:
    isinstance(1, RC)
except ValueError as e:
    print(type(e).__name__, e)

# __instancecheck__ defined on the class itself (not metaclass) is not used
class NotMeta:
    def __instancecheck__(self, obj):
        return True
print(isinstance(1, NotMeta))
# but an instance of such a class can be used as the second argument
checker = NotMeta()
print(isinstance(1, checker), isinstance("x", checker))

# isinstance with non-type second argument lacking the hook
try:
    isinstance(1, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(1, (int, 5))
    print("short-circuited before 5")
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance("s", (int, 5))
except TypeError as e:
    print(type(e).__name__, e)

# except clauses do not use __instancecheck__ for matching
class AnyError(type):
    def __instancecheck__(cls, obj):
        return True
    def __subclasscheck__(cls, sub):
        return True
class Catcher(Exception, metaclass=AnyError):
    pass
try:
    try:
        raise KeyError("k")
    except Catcher:
        print("caught by Catcher")
except KeyError:
    print("not caught by Catcher")
print(isinstance(KeyError(), Catcher), issubclass(KeyError, Catcher))
