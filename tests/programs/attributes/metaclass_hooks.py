# __getattr__, __setattr__ and __delattr__ defined on a metaclass apply to class attribute access.
class Registry(type):
    def __getattr__(cls, name):
        if name.startswith("get_"):
            field = name[4:]
            return lambda: f"{cls.__name__}.{field}"
        raise AttributeError(f"{cls.__name__} has no class attribute {name!r}")
    def __setattr__(cls, name, value):
        print(f"class-level set {cls.__name__}.{name} = {value!r}")
        super().__setattr__(name, value)
    def __delattr__(cls, name):
        print(f"class-level del {cls.__name__}.{name}")
        super().__delattr__(name)

class Model(metaclass=Registry):
    table = "models"

print(Model.table, Model.get_id(), Model.get_name())
try:
    Model.unknown
except AttributeError as e:
    print("AttributeError", e)
print(getattr(Model, "missing", "dflt"), hasattr(Model, "get_x"))
Model.table = "renamed"
Model.extra = 1
print(Model.table, Model.extra)
del Model.extra
print(hasattr(Model, "extra"))
# Instances are unaffected by metaclass hooks.
m = Model()
m.field = 3
print(m.field, m.table)
try:
    m.get_id
except AttributeError as e:
    print("AttributeError", e)

# Class creation does not go through metaclass __setattr__ for namespace entries.
class Sub(Model):
    own = "own"
print(Sub.own, Sub.get_z())

# A metaclass __getattribute__ intercepts all class attribute lookups.
class Loud(type):
    def __getattribute__(cls, name):
        if not name.startswith("__"):
            print("class lookup", name)
        return super().__getattribute__(name)
class L(metaclass=Loud):
    x = 1
    def method(self):
        return "method"
print(L.x)
inst = L()
print(inst.x, inst.method())
print(L.method(inst))

# Counting instances per class via metaclass __call__ and a class attribute.
class Counted(type):
    def __call__(cls, *args, **kwargs):
        obj = super().__call__(*args, **kwargs)
        type.__setattr__(cls, "instances", cls.__dict__.get("instances", 0) + 1)
        return obj
class Widget(metaclass=Counted):
    pass
class Gadget(Widget):
    pass
Widget(); Widget(); Gadget()
print(Widget.instances, Gadget.instances, "instances" in Gadget.__dict__)
