# setattr()/delattr() builtins: names, return values, errors, interplay with hooks.
class Target:
    existing = "class"

t = Target()
print(setattr(t, "x", 1), t.x)
setattr(t, "existing", "instance")
print(t.existing, Target.existing)
print(delattr(t, "existing"), t.existing)
setattr(Target, "added", [1, 2])
print(t.added, Target.added)
delattr(Target, "added")
print(hasattr(t, "added"))
for bad in (1, None, b"x"):
    try:
        setattr(t, bad, 1)
    except TypeError as e:
        print("TypeError", e)
    try:
        delattr(t, bad)
    except TypeError as e:
        print("TypeError", e)
for args in ((t, "a"), (t,), ()):
    try:
        setattr(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    delattr(t)
except TypeError as e:
    print("TypeError", e)
try:
    delattr(t, "never_there")
except AttributeError as e:
    print("AttributeError", e)

# Round-tripping a dict through setattr/getattr.
class Settings:
    def __init__(self, **options):
        for key, value in sorted(options.items()):
            setattr(self, key, value)
    def as_dict(self):
        return {k: getattr(self, k) for k in sorted(vars(self))}
    def drop(self, *names):
        for n in names:
            delattr(self, n)
        return self
s = Settings(debug=True, level=3, name="app")
print(s.as_dict())
print(s.drop("level", "debug").as_dict())

# setattr/delattr go through __setattr__/__delattr__ hooks.
class Hooked:
    def __setattr__(self, name, value):
        print("hook set", name, value)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print("hook del", name)
        object.__delattr__(self, name)
h = Hooked()
setattr(h, "v", 1)
delattr(h, "v")
# str subclass names are accepted and stored as given.
class Name(str):
    pass
setattr(t, Name("subname"), "stored")
print(t.subname, "subname" in vars(t))
# Setting via setattr on a class with a property goes through the property.
class P:
    @property
    def p(self):
        return "p"
try:
    setattr(P(), "p", 1)
except AttributeError as e:
    print("AttributeError", e)
try:
    delattr(P(), "p")
except AttributeError as e:
    print("AttributeError", e)
# Names that are not identifiers are fine.
setattr(t, "has-dash", 1)
setattr(t, "", "empty")
print(getattr(t, "has-dash"), getattr(t, ""), sorted(vars(t)))
