# __setattr__ overrides: validation, object.__setattr__ delegation, interaction with descriptors.
class Validated:
    allowed = ("x", "y", "label")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __setattr__(self, name, value):
        print(f"__setattr__({name!r}, {value!r})")
        if name not in self.allowed:
            raise AttributeError(f"cannot set {name!r} on {type(self).__name__}")
        if name in ("x", "y") and not isinstance(value, (int, float)):
            raise TypeError(f"{name} must be a number, got {type(value).__name__}")
        object.__setattr__(self, name, value)

v = Validated(1, 2)
print(v.x, v.y, sorted(vars(v)))
for name, value in [("x", 3.5), ("y", "no"), ("z", 1), ("label", "pt")]:
    try:
        setattr(v, name, value)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print(sorted(vars(v).items()))
# Augmented assignment goes through __setattr__ too.
v.x += 10
print(v.x)
# Writing into __dict__ bypasses __setattr__.
v.__dict__["z"] = "sneaky"
print(v.z)

# __setattr__ runs even when a property exists; object.__setattr__ then calls the setter.
class WithProp:
    def __init__(self):
        self._val = 0
    @property
    def val(self):
        return self._val
    @val.setter
    def val(self, value):
        print("property setter", value)
        object.__setattr__(self, "_val", value * 10)
    def __setattr__(self, name, value):
        print("hook", name, value)
        super().__setattr__(name, value)
w = WithProp()
w.val = 4
print(w.val, w._val)

# Frozen object: __setattr__ always refuses; construction uses object.__setattr__.
class Frozen:
    __slots__ = ("a", "b")
    def __init__(self, a, b):
        object.__setattr__(self, "a", a)
        object.__setattr__(self, "b", b)
    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is frozen")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name}")
    def __repr__(self):
        return f"Frozen({self.a}, {self.b})"
    def replace(self, **changes):
        values = {"a": self.a, "b": self.b}
        values.update(changes)
        return Frozen(**values)
fr = Frozen(1, 2)
print(fr, fr.replace(b=9))
for action in ("set", "del"):
    try:
        if action == "set":
            fr.a = 5
        else:
            del fr.b
    except AttributeError as e:
        print("AttributeError", e)
print(fr)

# Subclass overrides __setattr__ and chains to the parent's override.
class Logged:
    def __setattr__(self, name, value):
        print("Logged", name)
        super().__setattr__(name, value)
class Upper(Logged):
    def __setattr__(self, name, value):
        if isinstance(value, str):
            value = value.upper()
        super().__setattr__(name, value)
u = Upper()
u.word = "abc"
u.num = 3
print(u.word, u.num, u.__dict__)
# object.__setattr__ bypasses both hooks
object.__setattr__(u, "raw", "lower")
print(u.raw)
# Calling object.__setattr__ with a wrong first argument type.
try:
    object.__setattr__(1, "x", 2)
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
