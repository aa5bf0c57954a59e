# __slots__ on subclasses of built-in types: empty slots remove __dict__;
# nonempty slots are refused for variable-size types like int, tuple, bytes.
class Frozen(tuple):
    __slots__ = ()
f = Frozen((1, 2))
print(f, hasattr(f, "__dict__"))
try:
    f.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)

class WithDict(tuple):
    pass
w = WithDict((1,))
w.attr = "ok"
print(w, w.attr, w.__dict__)


class SlotList(list):
    __slots__ = ("name",)
sl = SlotList([1, 2])
sl.name = "L"
print(sl, sl.name, hasattr(sl, "__dict__"))
try:
    sl.other = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    SlotList().name
except AttributeError as e:
    print(type(e).__name__, e)

class SlotDict(dict):
    __slots__ = ("meta", "count")
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.meta = "m"
        self.count = len(self)
sd = SlotDict(a=1, b=2)
print(sd, sd.meta, sd.count, "meta" in sd)
del sd.meta
try:
    sd.meta
except AttributeError as e:
    print(type(e).__name__, e)

class SlotStr(str):
    __slots__ = ()
    def shout(self):
        return self.upper()
print(SlotStr("hi").shout(), hasattr(SlotStr("x"), "__dict__"))

class SlotFloat(float):
    __slots__ = ("unit",)
try:
    sf = SlotFloat(1.5)
    sf.unit = "kg"
    print(sf, sf.unit)
except TypeError as e:
    print(type(e).__name__, e)

class SlotSet(set):
    __slots__ = ("label",)
ss = SlotSet([1])
ss.label = "s"
print(ss, ss.label)

class Child(SlotList):
    pass
c = Child([9])
c.extra = "has dict again"
print(c, c.extra, sorted(c.__dict__))

class DictSlot(list):
    __slots__ = ("__dict__",)
ds = DictSlot()
ds.anything = 1
print(ds.__dict__)
try:
    class Dup(list):
        __slots__ = ("a", "a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Clash(list):
        __slots__ = ("x",)
        x = 1
except ValueError as e:
    print(type(e).__name__, e)
