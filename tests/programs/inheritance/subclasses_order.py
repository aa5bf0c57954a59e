# __subclasses__() lists direct subclasses in creation order.
class Base: pass
class First(Base): pass
class Second(Base): pass
class Third(Base): pass
class Deep(First): pass
print([k.__name__ for k in Base.__subclasses__()])
print([k.__name__ for k in First.__subclasses__()], Second.__subclasses__())

# Multiple inheritance registers with each direct base
class Mix(Second, Third): pass
print([k.__name__ for k in Second.__subclasses__()], [k.__name__ for k in Third.__subclasses__()])
print([k.__name__ for k in Base.__subclasses__()])

# Classes made by type() are registered too
Dyn = type("Dyn", (Base,), {})
print([k.__name__ for k in Base.__subclasses__()])

# Walk the whole tree
def walk(cls, depth=0):
    print("  " * depth + cls.__name__)
    for sub in cls.__subclasses__():
        walk(sub, depth + 1)
walk(Base)

# All (transitive) subclasses, without duplicates
def all_subclasses(cls):
    seen = []
    stack = list(reversed(cls.__subclasses__()))
    while stack:
        c = stack.pop()
        if c not in seen:
            seen.append(c)
            stack.extend(reversed(c.__subclasses__()))
    return seen
print([k.__name__ for k in all_subclasses(Base)])

# A fresh list each call
l1 = Base.__subclasses__()
l1.clear()
print(len(Base.__subclasses__()), type(l1).__name__)

# Calling through type
print([k.__name__ for k in type.__subclasses__(First)])

# A class that is deleted and collected disappears from the list
import gc
class Temp(Base): pass
print([k.__name__ for k in Base.__subclasses__()])
del Temp
gc.collect()
print([k.__name__ for k in Base.__subclasses__()])

# Builtins have subclasses too; check a few known ones
print(bool in int.__subclasses__(), KeyError in LookupError.__subclasses__())
class MyInt(int): pass
print(MyInt in int.__subclasses__(), int.__subclasses__()[-1].__name__)
