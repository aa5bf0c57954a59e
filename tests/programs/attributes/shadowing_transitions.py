# Lookup results change correctly as descriptors and attributes are added/removed at run time.
class NonData:
    def __init__(self, label):
        self.label = label
    def __get__(self, obj, objtype=None):
        return f"nondata {self.label}"

class DataD(NonData):
    def __set__(self, obj, value):
        obj.__dict__["set_" + self.label] = value

class Base:
    pass
class Mid(Base):
    pass
class Leaf(Mid):
    pass

obj = Leaf()
obj.__dict__["attr"] = "instance"
steps = []
def snapshot(label):
    steps.append((label, obj.attr if hasattr(obj, "attr") else "<missing>"))

snapshot("only instance")
Base.attr = NonData("base")
snapshot("base non-data")
Mid.attr = DataD("mid")
snapshot("mid data")
Leaf.attr = "leaf plain"
snapshot("leaf plain shadows mid data")
del Leaf.attr
snapshot("leaf removed")
del Mid.attr
snapshot("mid removed")
del obj.__dict__["attr"]
snapshot("instance removed")
del Base.attr
snapshot("all removed")
Base.attr = DataD("base2")
obj.attr = "assigned"
snapshot("assignment through data descriptor")
print(sorted(vars(obj).items()))
del Base.attr
for label, value in steps:
    print(f"{label:40} -> {value}")

# Repeated lookups in a loop while the class changes underneath.
class Loop:
    value = 0
lp = Loop()
seen = []
for i in range(6):
    if i == 2:
        lp.value = "instance"
    if i == 3:
        Loop.value = property(lambda self: "property")
    if i == 4:
        del Loop.value
    if i == 5:
        del lp.value
    seen.append(getattr(lp, "value", "<none>"))
print(seen)

# Methods replaced by non-callables and back.
class M:
    def f(self):
        return "method"
mm = M()
results = [mm.f()]
M.f = "string now"
results.append(mm.f)
M.f = staticmethod(lambda: "static")
results.append(mm.f())
M.f = classmethod(lambda cls: "class " + cls.__name__)
results.append(mm.f())
M.f = lambda self: "lambda method"
results.append(mm.f())
print(results)
