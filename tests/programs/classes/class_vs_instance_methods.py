# Functions, bound methods, classmethods and staticmethods accessed through class and instance.
class K:
    def inst(self):
        return ("inst", type(self).__name__)
    @classmethod
    def cls_m(cls):
        return ("cls", cls.__name__)
    @staticmethod
    def static_m(*args):
        return ("static", args)
class Sub(K):
    pass
k = Sub()
print(k.inst(), K.inst(k), k.cls_m(), Sub.cls_m(), K.cls_m(), k.static_m(1), Sub.static_m())
print(type(K.inst).__name__, type(k.inst).__name__, type(K.cls_m).__name__, type(K.static_m).__name__)
print(k.inst.__self__ is k, k.inst.__func__ is K.inst, K.cls_m.__self__ is K, k.cls_m.__self__ is Sub)
m1, m2 = k.inst, k.inst
print(m1 == m2, m1 is m2, k.inst.__name__, K.inst.__qualname__, K.cls_m.__qualname__)
try:
    K.inst()
except TypeError as e:
    print("TypeError:", e)
k.inst = lambda: "shadowed on instance"
print(k.inst(), Sub().inst())
def external(self):
    return "added later " + type(self).__name__
K.added = external
print(k.added(), Sub.added(k))
