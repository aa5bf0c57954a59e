# __set_name__: call order, owner/name arguments, type() creation, late assignment.
calls = []
class Field:
    def __init__(self, label):
        self.label = label
        self.name = None
    def __set_name__(self, owner, name):
        calls.append((self.label, owner.__name__, name))
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, f"<{self.name} unset>")
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value

class Record:
    zeta = Field("z")
    alpha = Field("a")
    middle = Field("m")
    print("class body done, calls so far:", calls)

print(calls)
r = Record()
r.alpha = 1
print(r.alpha, r.zeta, Record.middle.name)

# The same descriptor object under two names gets __set_name__ twice.
calls.clear()
shared = Field("shared")
class Twice:
    first = shared
    second = shared
print(calls, shared.name)

# Assignment after class creation does not call __set_name__.
calls.clear()
late = Field("late")
Record.late = late
print(calls, late.name)
late.__set_name__(Record, "late")
print(calls, late.name)

# type() with a namespace also calls __set_name__, in dict order.
calls.clear()
Dyn = type("Dyn", (), {"b": Field("b"), "a": Field("a")})
print(calls)
d = Dyn()
d.a = "A"
print(d.a, d.b)

# Subclass creation calls __set_name__ only for the subclass's own namespace.
calls.clear()
class SubRecord(Record):
    extra = Field("extra")
print(calls)

# __set_name__ is looked up on the type; an instance attribute does not count.
class NotReally:
    pass
nr = NotReally()
nr.__set_name__ = lambda owner, name: calls.append("instance hook")
calls.clear()
class Holder:
    thing = nr
print(calls)

# Non-descriptor objects may define __set_name__ too.
class Tag:
    def __set_name__(self, owner, name):
        self.where = f"{owner.__qualname__}.{name}"
class Outer:
    class Inner:
        t = Tag()
    u = Tag()
print(Outer.Inner.t.where, Outer.u.where)

# __set_name__ runs after the class object exists, before __init_subclass__ of the class returns.
class Base:
    def __init_subclass__(cls, **kwargs):
        calls.append(("init_subclass", cls.__name__))
calls.clear()
class Child(Base):
    f = Field("f")
print(calls)

