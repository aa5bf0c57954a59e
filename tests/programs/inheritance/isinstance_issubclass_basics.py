# isinstance/issubclass across hierarchies, tuples (nested), unions, and builtins.
class Animal: pass
class Mammal(Animal): pass
class Bird(Animal): pass
class Bat(Mammal): pass
class Penguin(Bird): pass
class Platypus(Mammal, Bird): pass

classes = [Animal, Mammal, Bird, Bat, Penguin, Platypus]
for sub in classes:
    print(sub.__name__.ljust(9), "".join("X" if issubclass(sub, sup) else "." for sup in classes))
print(isinstance(Platypus(), Bird), isinstance(Bat(), Bird), isinstance(Penguin(), (Mammal, Bird)))

# Nested tuples are flattened
print(isinstance(Bat(), (int, (str, (Mammal,)))), issubclass(Penguin, ((Mammal,), (int, Bird))))
print(isinstance(1, ()), issubclass(int, ()))

# Union types (X | Y)
print(isinstance(3, int | str), isinstance(3.0, int | str), issubclass(bool, int | None), isinstance(None, int | None))
print(isinstance(Bat(), Bird | Mammal))
print(int | str, type(int | str).__name__, (int | str).__args__)

# Builtin relationships
print(issubclass(bool, int), issubclass(int, object), issubclass(type, object), issubclass(object, type))
print(isinstance(type, type), isinstance(object, type), isinstance(type, object), isinstance(int, type))
print(issubclass(KeyError, LookupError), issubclass(KeyError, (ValueError, IndexError)), issubclass(BaseException, Exception))

# Every class is a subclass of itself
print(all(issubclass(c, c) for c in classes + [int, object, type]))

# Error messages
for args in [(1, 1), (Bat(), "Animal"), (Bat(), [Animal])]:
    try:
        isinstance(*args)
    except TypeError as e:
        print("isinstance", type(e).__name__, e)
for args in [(1, int), (Bat, Bat()), ("x", str)]:
    try:
        issubclass(*args)
    except TypeError as e:
        print("issubclass", type(e).__name__, e)
try:
    isinstance(1)
except TypeError as e:
    print(type(e).__name__, e)

# isinstance with a class whose __class__ was reassigned
class One: pass
class Two: pass
o = One()
o.__class__ = Two
print(isinstance(o, One), isinstance(o, Two), type(o).__name__)

# Using isinstance for dispatch
def describe(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, int):
        return "int"
    if isinstance(x, (list, tuple)):
        return "sequence of %d" % len(x)
    if isinstance(x, Animal):
        return "animal " + type(x).__name__
    return "other " + type(x).__name__
print([describe(v) for v in (True, 7, [1, 2], (), Platypus(), 1.5, None)])
