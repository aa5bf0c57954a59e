# Realistic mixin composition: repr, comparison, serialization and validation mixins.
class ReprMixin:
    def __repr__(self):
        fields = ", ".join("%s=%r" % (k, v) for k, v in self._fields())
        return "%s(%s)" % (type(self).__name__, fields)
    def _fields(self):
        return [(k, getattr(self, k)) for k in self.field_names]

class ComparableMixin:
    def _key(self):
        return tuple(getattr(self, k) for k in self.field_names)
    def __eq__(self, other):
        if not isinstance(other, ComparableMixin):
            return NotImplemented
        return self._key() == other._key()
    def __lt__(self, other):
        return self._key() < other._key()
    def __le__(self, other):
        return self == other or self < other
    def __hash__(self):
        return hash(self._key())

class DictMixin:
    def to_dict(self):
        out = {}
        for cls in reversed(type(self).__mro__):
            hook = cls.__dict__.get("_extra_dict")
            if hook:
                out.update(hook(self))
        out.update(dict(self._fields()))
        return out

class ValidateMixin:
    def __init__(self, **kwargs):
        for name in self.field_names:
            if name not in kwargs:
                raise TypeError("missing field %r for %s" % (name, type(self).__name__))
        extra = sorted(set(kwargs) - set(self.field_names))
        if extra:
            raise TypeError("unexpected fields %s" % extra)
        for k, v in kwargs.items():
            setattr(self, k, v)
        super().__init__()

class Model(ReprMixin, ComparableMixin, DictMixin, ValidateMixin):
    field_names = ()
    def _extra_dict(self):
        return {"model": type(self).__name__}

class User(Model):
    field_names = ("name", "age")
    def _extra_dict(self):
        return {"kind": "user"}

class Admin(User):
    field_names = ("name", "age", "level")

u1 = User(name="ann", age=30)
u2 = User(name="bob", age=25)
u3 = User(name="ann", age=30)
a = Admin(name="root", age=99, level=7)
print(u1, u2, a)
print(u1 == u3, u1 == u2, u1 < u2, u2 <= u1, u1 <= u3, hash(u1) == hash(u3), u1 == "ann")
print(sorted([u2, u1, a]))
print(u1.to_dict())
print(a.to_dict())
print(len({u1, u2, u3}))
for bad in ({"name": "x"}, {"name": "x", "age": 1, "zip": 2, "aa": 3}):
    try:
        User(**bad)
    except TypeError as e:
        print(type(e).__name__, e)
print([k.__name__ for k in Admin.__mro__])

# Mixin order determines which method wins
class LoudMixin:
    def speak(self):
        return super().speak().upper() + "!"
class EchoMixin:
    def speak(self):
        s = super().speak()
        return s + " " + s
class Speaker:
    def speak(self):
        return "hi"
class LoudEcho(LoudMixin, EchoMixin, Speaker): pass
class EchoLoud(EchoMixin, LoudMixin, Speaker): pass
print(LoudEcho().speak(), "|", EchoLoud().speak())
try:
    class Broken(LoudMixin):
        pass
    Broken().speak()
except AttributeError as e:
    print(type(e).__name__, e)
