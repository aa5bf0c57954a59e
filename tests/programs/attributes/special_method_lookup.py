# Implicit special-method lookup uses the type, bypassing instance attributes and __getattribute__.
class Box:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __repr__(self):
        return f"Box({self.items})"

b = Box([1, 2, 3])
b.__len__ = lambda: 100
b.__repr__ = lambda: "instance repr"
print(len(b), b.__len__(), repr(b), b.__repr__())

# Adding a special method to the class later takes effect immediately.
class Late:
    pass
l = Late()
try:
    len(l)
except TypeError as e:
    print("TypeError", e)
Late.__len__ = lambda self: 7
print(len(l))
Late.__bool__ = lambda self: False
print(bool(l), "truthy" if l else "falsy")
del Late.__bool__
print(bool(l))
del Late.__len__
print(bool(l))

# __getattribute__ is not consulted for implicit lookups.
class Spy:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __getattribute__(self, name):
        object.__getattribute__(self, "log").append(name)
        return object.__getattribute__(self, name)
    def __str__(self):
        return "spy str"
    def __eq__(self, other):
        return True
    def __hash__(self):
        return 1
s = Spy()
text = str(s)
eq = s == 5
h = hash(s)
print(text, eq, h, object.__getattribute__(s, "log"))
s.__str__()
print(object.__getattribute__(s, "log"))

# Special methods defined as descriptors (non-function callables) on the class.
class AddDesc:
    def __get__(self, obj, objtype=None):
        return lambda other: f"desc add {other}"
class UsesDesc:
    __add__ = AddDesc()
print(UsesDesc() + 5)

# A special method set to None blocks the operation.
class NoIter:
    __iter__ = None
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError
try:
    iter(NoIter())
except TypeError as e:
    print("TypeError", e)
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError", e)
class WithGetitem:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError
print(list(WithGetitem()))

# Calling via __call__ on the instance doesn't make it callable.
class NotCallable:
    pass
nc = NotCallable()
nc.__call__ = lambda: "instance call"
print(callable(nc), nc.__call__())
try:
    nc()
except TypeError as e:
    print("TypeError", e)
NotCallable.__call__ = lambda self: "class call"
print(callable(nc), nc())

# __getattr__ on the class doesn't provide dunders for operators.
class Dyn:
    def __getattr__(self, name):
        return lambda *a: "dyn"
d = Dyn()
for op in (lambda: d + 1, lambda: -d, lambda: d[0], lambda: iter(d)):
    try:
        op()
    except TypeError as e:
        print("TypeError", e)
print(d.__add__(1), d.__neg__())
