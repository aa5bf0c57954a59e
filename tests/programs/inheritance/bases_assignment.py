# Reassigning __bases__ recomputes __mro__ and moves the class between __subclasses__() lists.
def n(classes):
    return [k.__name__ for k in classes]
class P:
    def hello(self):
        return "P"
class Q:
    def hello(self):
        return "Q"
class R(P):
    pass
r = R()
print(r.hello(), n(R.__mro__))
R.__bases__ = (Q,)
print(r.hello(), n(R.__mro__), n(R.__bases__), n(P.__subclasses__()), n(Q.__subclasses__()))
R.__bases__ = (Q, P)
print(r.hello(), n(R.__mro__))
class S(R): pass
R.__bases__ = (P,)
print(S().hello(), n(S.__mro__))
