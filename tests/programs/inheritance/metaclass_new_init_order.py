# Order and arguments of metaclass __prepare__, __new__, __init__, __init_subclass__, __set_name__.
log = []
class Named:
    def __set_name__(self, owner, name):
        log.append("__set_name__ %s.%s" % (owner.__name__, name))

class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        log.append("__prepare__ %s" % name)
        return {}
    def __new__(mcs, name, bases, ns, **kw):
        log.append("__new__ start %s keys=%s kw=%s" % (name, sorted(k for k in ns if not k.startswith("__")), kw))
        cls = super().__new__(mcs, name, bases, ns, **kw)
        log.append("__new__ end %s" % name)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        log.append("__init__ %s kw=%s" % (name, kw))
        super().__init__(name, bases, ns, **kw)

class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        log.append("__init_subclass__ %s kw=%s" % (cls.__name__, kw))
        super().__init_subclass__()
    attr = Named()

for line in log:
    print(line)
log.clear()
print("--")

class Child(Base, option=1):
    log.append("class body of Child")
    other = Named()
for line in log:
    print(line)
log.clear()
print("--")

# The namespace passed to __new__ has __module__ and __qualname__
class Inspect(type):
    def __new__(mcs, name, bases, ns):
        print(name, ns["__module__"], ns["__qualname__"], sorted(ns))
        return super().__new__(mcs, name, bases, ns)
class Outer:
    class Inner(metaclass=Inspect):
        def method(self):
            return __class__
print(Outer.Inner.__qualname__, Outer.Inner().method() is Outer.Inner)

# __init__ in the metaclass sees the finished class
class Finisher(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.methods = sorted(k for k, v in ns.items() if callable(v))
class WithMethods(metaclass=Finisher):
    def b(self): pass
    def a(self): pass
    x = 1
print(WithMethods.methods)

# Metaclass __new__ may modify bases
class AddMixin(type):
    def __new__(mcs, name, bases, ns):
        class Mixin:
            def mixed(self):
                return "mixed into " + type(self).__name__
        return super().__new__(mcs, name, bases + (Mixin,), ns)
class Target(metaclass=AddMixin):
    pass
print(Target().mixed(), [k.__name__ for k in Target.__mro__])
