# __getattr__ runs only for missing attributes; __getattribute__ for all; __setattr__/__delattr__.
class Lazy:
    existing = "class attr"
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return f"computed {name}"
l = Lazy()
print(l.existing, l.anything, getattr(l, "other"), hasattr(l, "_private"), getattr(l, "_x", "default"))
class Guarded:
    def __setattr__(self, name, value):
        if name == "locked":
            raise AttributeError(f"{name} is read-only")
        super().__setattr__(name, value.upper() if isinstance(value, str) else value)
    def __delattr__(self, name):
        print("deleting", name)
        super().__delattr__(name)
g = Guarded()
g.name = "abc"
print(g.name, g.__dict__)
try:
    g.locked = 1
except AttributeError as e:
    print("AttributeError:", e)
del g.name
print(hasattr(g, "name"))
class Raises:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    hasattr(Raises(), "x")
except KeyError as e:
    print("KeyError propagates from hasattr:", e)
