# __bases__ reassignment changes lookup.
class P1:
    tag = "P1"
class P2:
    tag = "P2"
class Kid(P1):
    pass
k = Kid()
print(k.tag, [c.__name__ for c in Kid.__mro__])
Kid.__bases__ = (P2,)
print(k.tag, [c.__name__ for c in Kid.__mro__])
Kid.__bases__ = (P2, P1)
print(k.tag, [c.__name__ for c in Kid.__mro__])

class Other:
    tag = "Other"
    def extra(self):
        return "extra from " + type(self).__name__
Kid.__bases__ = (Other,)
print(k.tag, k.extra(), issubclass(Kid, P1), issubclass(Kid, Other), isinstance(k, Other))
try:
    Kid.__bases__ = ()
except TypeError as e:
    print("TypeError", e)
print([c.__name__ for c in Kid.__mro__])
