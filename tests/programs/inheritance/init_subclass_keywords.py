# __init_subclass__ with class keywords, defaults, and errors for unknown keywords.
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry[cls.plugin_name] = cls
        print("registered", cls.plugin_name, priority, sorted(kwargs))

class Alpha(Plugin, name="alpha-plugin", priority=5):
    pass
class Beta(Plugin):
    pass
class Gamma(Beta, priority=-1):
    pass
print(sorted(Plugin.registry), Gamma.plugin_name, Gamma.priority, Beta.priority)

# Unknown keyword reaches object.__init_subclass__
try:
    class Bad(Plugin, color="red"):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print("Bad" in globals(), "bad" in Plugin.registry)

# Without __init_subclass__ at all, any keyword is an error
try:
    class Plain(object, flag=True):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# __init_subclass__ is implicitly a classmethod
print(type(Plugin.__dict__["__init_subclass__"]).__name__)

# Keywords are passed positionally-safe; cls is the new subclass
class Base:
    def __init_subclass__(cls, **kw):
        print("Base.__init_subclass__", cls.__name__, kw)
class Mid(Base, a=1, b=2):
    def __init_subclass__(cls, extra=None, **kw):
        print("Mid.__init_subclass__", cls.__name__, extra)
        super().__init_subclass__(**kw)
class Leaf(Mid, extra="E", c=3):
    pass

# __init_subclass__ is not called for the defining class itself
class Root:
    def __init_subclass__(cls):
        print("init_subclass for", cls.__name__)
print("Root defined")
class R1(Root): pass
class R2(R1): pass

# The class is fully built when __init_subclass__ runs
class Checker:
    def __init_subclass__(cls):
        print(cls.__name__, [k.__name__ for k in cls.__mro__], sorted(k for k in vars(cls) if not k.startswith("__")))
class Checked(Checker):
    x = 1
    def m(self): pass

# Errors raised inside __init_subclass__ propagate from the class statement
class Strict:
    def __init_subclass__(cls):
        if not hasattr(cls, "required"):
            raise TypeError("%s must define 'required'" % cls.__name__)
class Good(Strict):
    required = True
try:
    class Missing(Strict):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print("Good" in globals(), "Missing" in globals())

# Keywords via type() call
Dyn = type("Dyn", (Plugin,), {}, name="dyn", priority=9)
print(Dyn.plugin_name, Dyn.priority)
