# __set_name__ timing with metaclasses: namespace entries vs attributes added later.
log = []
class Named:
    def __init__(self, tag):
        self.tag = tag
        self.name = None
    def __set_name__(self, owner, name):
        log.append(f"{self.tag}: {owner.__name__}.{name}")
        self.name = name

class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        log.append(f"Meta.__new__ start {name}")
        ns["injected_before"] = Named("before")
        cls = super().__new__(mcls, name, bases, ns)
        log.append(f"Meta.__new__ after type.__new__ {name}")
        cls.injected_after = Named("after")
        return cls
    def __init__(cls, name, bases, ns, **kwargs):
        log.append(f"Meta.__init__ {name}")
        super().__init__(name, bases, ns)

class Model(metaclass=Meta):
    field = Named("field")
    def __init_subclass__(cls, **kwargs):
        log.append(f"__init_subclass__ {cls.__name__}")

for entry in log:
    print(entry)
print(Model.injected_before.name, Model.injected_after.name, Model.field.name)
log.clear()

class Child(Model):
    other = Named("other")
for entry in log:
    print(entry)
log.clear()

# __set_name__ receives the class being created, even through a namespace mapping subclass.
class Recording(dict):
    def __setitem__(self, key, value):
        if isinstance(value, Named):
            log.append(f"namespace set {key}")
        super().__setitem__(key, value)
class PrepMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recording()
class Prepared(metaclass=PrepMeta):
    a = Named("a")
    b = Named("b")
for entry in log:
    print(entry)
log.clear()

# __set_name__ that itself adds attributes to the owner.
class AutoPrivate:
    def __set_name__(self, owner, name):
        setattr(owner, "_" + name + "_default", None)
        log.append(f"AutoPrivate {name}")
    def __get__(self, obj, objtype=None):
        return "auto"
class Host:
    x = AutoPrivate()
    y = AutoPrivate()
print(log, sorted(k for k in vars(Host) if k.endswith("_default")))
