# Descriptors under inheritance: __set_name__ per class, overriding, and data vs non-data.
class Field:
    def __init__(self, default=None):
        self.default = default
    def __set_name__(self, owner, name):
        self.name = name
        self.owner = owner.__name__
        print("__set_name__", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, self.default)
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value

class Model:
    id = Field(0)
    name = Field("unnamed")

class User(Model):
    email = Field("")
    name = Field("anonymous")

u = User()
print(u.id, u.name, u.email, Model().name)
u.name = "ann"
print(u.name, u.__dict__, User.name.owner, Model.name.owner, User.id.owner)
print(type(User.__dict__["name"]).__name__, "id" in User.__dict__)

# Overriding a descriptor with a plain attribute in a subclass
class Plain(User):
    email = "fixed@example.com"
p = Plain()
p.email = "changed"
print(p.email, Plain.email, p.__dict__)

# Non-data descriptor (only __get__) can be shadowed by instance attributes
class Lazy:
    def __init__(self, func):
        self.func = func
        self.name = func.__name__
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value
class Report:
    calls = 0
    @Lazy
    def summary(self):
        Report.calls += 1
        return "summary #%d" % Report.calls
class Annual(Report):
    pass
a = Annual()
print(a.summary, a.summary, Report.calls, "summary" in a.__dict__)
b = Annual()
print(b.summary, Report.calls)

# Data descriptor beats instance dict even if dict is populated
class Guard:
    def __get__(self, obj, objtype=None):
        return "guarded"
    def __set__(self, obj, value):
        raise AttributeError("read-only")
class HasGuard:
    g = Guard()
class SubGuard(HasGuard):
    pass
s = SubGuard()
s.__dict__["g"] = "sneaky"
print(s.g, s.__dict__)
try:
    s.g = 1
except AttributeError as e:
    print(type(e).__name__, e)

# __set_name__ is not called when assigned after class creation, or for the same descriptor reused
late = Field("late")
User.late = late
print(hasattr(late, "name"))
shared = Field("s")
class TwoNames:
    first = shared
    second = shared
print(shared.name, shared.owner)
