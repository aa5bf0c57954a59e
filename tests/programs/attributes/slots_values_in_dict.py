# Slot values must live in the slot, not in the instance __dict__ of a subclass (or a '__dict__' slot class).
class Base:
    __slots__ = ("a",)
class NoSlots(Base):
    pass
n = NoSlots()
n.a = "slot"
n.free = "dict"
print(vars(n), "a" in n.__dict__)
class WithDict:
    __slots__ = ("fixed", "__dict__")
w = WithDict()
w.fixed = 1
w.dynamic = 2
print(vars(w))
class DictBase:
    pass
class SlotsOnDict(DictBase):
    __slots__ = ("s",)
sd = SlotsOnDict()
sd.s = 1
sd.t = 2
print(vars(sd))
sd.__dict__["s"] = "shadow in dict"
print(sd.s)
