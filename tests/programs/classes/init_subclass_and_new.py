# __init_subclass__ with keywords, __new__ returning other types, __init__ return errors.
class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
class Alpha(Plugin, name="first"):
    pass
class Beta(Plugin):
    pass
print(Plugin.registry, Alpha.plugin_name, Beta.plugin_name)
try:
    class Gamma(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
class Weird:
    def __new__(cls, value):
        if value < 0:
            return "negative"
        return super().__new__(cls)
    def __init__(self, value):
        print("init runs for", value)
        self.value = value
print(Weird(1).value, Weird(-1))
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)
class NewArgs:
    def __init__(self, a):
        self.a = a
try:
    object.__new__(NewArgs, 1).a
except AttributeError as e:
    print("AttributeError:", e)
try:
    object().__init__(1)
except TypeError as e:
    print("TypeError:", e)
class Cached:
    _instances = {}
    def __new__(cls, key):
        if key not in cls._instances:
            cls._instances[key] = super().__new__(cls)
        return cls._instances[key]
print(Cached("a") is Cached("a"), Cached("a") is Cached("b"))
