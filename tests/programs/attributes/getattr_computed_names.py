# getattr/setattr with names computed at run time, read and written many
# times (so that any remembered lookup is used), and everything that
# must still take its own way: hooks, descriptors, slots, str subclasses,
# classes changed after the first lookups, replaced dicts.


def name(text):
    return "".join(["_", text])


class Plain:
    pass


p = Plain()
for i in range(3):
    setattr(p, name("a"), i)
    print(getattr(p, name("a")), p._a, p.__dict__)
print(getattr(p, name("missing"), "default"))
try:
    getattr(p, name("missing"))
except AttributeError as error:
    print("AttributeError:", error)
del p._a
print(getattr(p, name("a"), "gone"))
setattr(p, name("a"), "back")
print(getattr(p, name("a")), list(p.__dict__))


class Other:
    pass


objects = [Plain(), Other(), Plain()]
for round_ in range(3):
    for index, obj in enumerate(objects):
        setattr(obj, name("x"), (round_, index))
        if round_ == 1:
            setattr(obj, name("y"), index)
    print([getattr(obj, name("x")) for obj in objects])
    print([getattr(obj, name("y"), None) for obj in objects])


class WithClassDefault:
    _v = "class value"


w = WithClassDefault()
print(getattr(w, name("v")))
setattr(w, name("v"), "instance value")
print(getattr(w, name("v")), WithClassDefault._v)
del w._v
print(getattr(w, name("v")))


class Hooked:
    def __getattr__(self, attribute):
        return "hook:" + attribute


h = Hooked()
print(getattr(h, name("q")))
setattr(h, name("q"), 5)
print(getattr(h, name("q")))
del h._q
print(getattr(h, name("q")))


class Intercepting:
    def __getattribute__(self, attribute):
        if attribute == "_z":
            return "intercepted"
        return object.__getattribute__(self, attribute)

    def __setattr__(self, attribute, value):
        object.__setattr__(self, attribute, value * 2)


c = Intercepting()
for i in range(3):
    setattr(c, name("z"), i)
    setattr(c, name("w"), i)
    print(getattr(c, name("z")), getattr(c, name("w")), c.__dict__)


class Loud:
    def __get__(self, instance, owner=None):
        return "descriptor get"

    def __set__(self, instance, value):
        print("descriptor set", value)


class WithDescriptor:
    pass


d = WithDescriptor()
for i in range(2):
    setattr(d, name("d"), i)
    print(getattr(d, name("d")))
# A data descriptor added to the class later takes over.
WithDescriptor._d = Loud()
for i in range(2):
    setattr(d, name("d"), i)
    print(getattr(d, name("d")), d.__dict__)
del WithDescriptor._d
print(getattr(d, name("d")))


class WithProperty:
    @property
    def _p(self):
        return "property"


wp = WithProperty()
print(getattr(wp, name("p")))
try:
    setattr(wp, name("p"), 1)
except AttributeError as error:
    print("AttributeError:", error)


class Slotted:
    __slots__ = ("_s",)


s = Slotted()
for i in range(2):
    setattr(s, name("s"), i)
    print(getattr(s, name("s")))
try:
    setattr(s, name("t"), 1)
except AttributeError as error:
    print("AttributeError:", error)


class MyStr(str):
    pass


p2 = Plain()
setattr(p2, MyStr("_m"), 1)
print(getattr(p2, MyStr("_m")), getattr(p2, "_m"), [type(k).__name__ for k in p2.__dict__])
print(getattr(p2, name("m")), getattr(p2, name("m")))

p3 = Plain()
p3.__dict__ = {"_r": "from new dict"}
print(getattr(p3, name("r")))
setattr(p3, name("r"), "stored")
print(p3.__dict__)
p3.__dict__ = {"other": 1, "_r": "second dict"}
print(getattr(p3, name("r")))

try:
    getattr(p, 5)
except TypeError as error:
    print("TypeError:", error)
try:
    setattr(p, None, 5)
except TypeError as error:
    print("TypeError:", error)
print(getattr(p, name("__class__")) if hasattr(p, "___class__") else getattr(p, "__class__"))
setattr(Plain, name("cls"), "on class")
print(getattr(p, name("cls")), getattr(Plain, name("cls")))
