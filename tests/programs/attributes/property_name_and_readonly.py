# property remembers its name via __set_name__ (last one wins), and fget/fset/fdel/__doc__ are read-only.
# Reusing the same property object under two names: the error names the original function.
class Twice:
    first = property(lambda self: "shared")
    second = first
t = Twice()
print(t.first, t.second, Twice.first is Twice.second)
for name in ("first", "second"):
    try:
        setattr(t, name, 1)
    except AttributeError as e:
        print("AttributeError", e)

# Property attributes are read-only.
class Doc:
    @property
    def a(self):
        "doc"
        return 1
for attr in ("fget", "fset", "fdel", "__doc__"):
    try:
        setattr(Doc.a, attr, None)
    except AttributeError as e:
        print("AttributeError", e)

class Named:
    @property
    def orig(self):
        return 1
Named.later = Named.__dict__["orig"]
try:
    Named().later = 2
except AttributeError as e:
    print("AttributeError", e)
standalone = property(lambda self: 0)
class Host:
    pass
Host.p = standalone
try:
    Host().p = 1
except AttributeError as e:
    print("AttributeError", e)
