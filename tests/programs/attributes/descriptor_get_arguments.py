# What __get__ receives for instance access, class access, subclass access and super() access.
class Show:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        who = type(obj).__name__ if obj is not None else None
        owner = objtype.__name__ if objtype is not None else None
        return f"{self.name}: obj={who} owner={owner}"

class Base:
    s = Show()
    def via_super(self):
        return "Base.via_super"
class Derived(Base):
    def via_super(self):
        return super().s

b, d = Base(), Derived()
print(b.s)
print(d.s)
print(Base.s)
print(Derived.s)
print(d.via_super())
print(super(Derived, d).s)
print(super(Derived, Derived).s)
print(Base.__dict__["s"].__get__(d))
print(Base.__dict__["s"].__get__(None, Derived))
print(getattr(d, "s"))

# Functions are descriptors too: binding depends on the access path.
class F:
    def method(self):
        return type(self).__name__
func = F.__dict__["method"]
print(type(func).__name__, F.method is func)
bound = F().method
print(type(bound).__name__, bound())

# A descriptor returning different things for class vs instance access.
class Dual:
    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"class view of {objtype.__name__}"
        return f"instance view of {type(obj).__name__}"
class HasDual:
    dual = Dual()
class SubDual(HasDual):
    pass
print(HasDual.dual, HasDual().dual, SubDual.dual, SubDual().dual)

# Descriptor on a metaclass sees the class as obj.
class Meta(type):
    shown = Show()
class WithMeta(metaclass=Meta):
    pass
print(WithMeta.shown)

# __get__ with explicit arguments and without the owner.
sh = Base.__dict__["s"]
print(sh.__get__(b, Base), "|", sh.__get__(b))
# A descriptor can be any object with __get__, including an instance of a class with __call__.
class CallableDesc:
    def __call__(self, *args):
        return ("called", args)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return lambda *args: self(obj.tag, *args)
class Holder:
    tag = "holder-tag"
    action = CallableDesc()
print(Holder().action(1, 2), Holder.action(3))
