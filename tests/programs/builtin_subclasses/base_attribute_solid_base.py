# __base__ is the "solid base" that determines the instance layout, which
# is not necessarily the first entry of __bases__.
class Mixin:
    pass
class Mixed(Mixin, list):
    pass
class Mixed2(list, Mixin):
    pass
class Ex(Mixin, KeyError):
    pass
class Two(Mixin, dict):
    __slots__ = ()
for cls in [Mixed, Mixed2, Ex, Two, Mixin, bool, KeyError]:
    print(cls.__name__, [b.__name__ for b in cls.__bases__], cls.__base__.__name__)
class M2:
    pass
class Plain(Mixin, M2):
    pass
print(Plain.__base__.__name__, object.__base__)
