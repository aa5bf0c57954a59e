# Changing __class__ between compatible subclasses of the same built-in type;
# incompatible layouts are rejected.
class Draft(list):
    def status(self):
        return f"draft with {len(self)} items"
class Published(list):
    def status(self):
        return f"published: {', '.join(map(str, self))}"

doc = Draft(["intro", "body"])
print(doc.status(), type(doc).__name__)
doc.__class__ = Published
print(doc.status(), type(doc).__name__, isinstance(doc, Draft), doc)
doc.append("end")
print(doc.status())

class MyDict(dict):
    pass
class OtherDict(dict):
    def __missing__(self, key):
        return "other-missing"
d = MyDict(a=1)
d.extra = "kept"
d.__class__ = OtherDict
print(d["zz"], d.extra, type(d).__name__, d)

for target in [int, list, dict, object]:
    try:
        doc.__class__ = target
        print("assigned", target.__name__)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    doc.__class__ = MyDict
except TypeError as e:
    print(type(e).__name__, e)
try:
    doc.__class__ = "Draft"
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1].__class__ = Draft
except TypeError as e:
    print(type(e).__name__, e)

class A(Exception):
    pass
class B(Exception):
    pass
e = A("msg")
e.__class__ = B
print(type(e).__name__, e, e.args, isinstance(e, A))
try:
    raise e
except B as caught:
    print("caught as B:", caught)

class Slot1(list):
    __slots__ = ("a",)
class Slot2(list):
    __slots__ = ("b",)
class NoSlots(list):
    pass
x = Slot1()
try:
    x.__class__ = Slot2
except TypeError as e:
    print(type(e).__name__, e)
try:
    x.__class__ = NoSlots
except TypeError as e:
    print(type(e).__name__, e)
