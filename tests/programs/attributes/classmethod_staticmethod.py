# classmethod and staticmethod objects: binding, __func__, __wrapped__, calling.
class Counter:
    created = 0
    def __init__(self, start=0):
        self.value = start
        type(self).created += 1
    @classmethod
    def from_list(cls, items):
        return cls(len(items))
    @staticmethod
    def clamp(v, lo=0, hi=10):
        return max(lo, min(hi, v))
    @classmethod
    def describe(cls):
        return f"{cls.__name__} created={cls.created}"

class Sub(Counter):
    created = 0

c = Counter.from_list([1, 2, 3])
s = Sub.from_list("ab")
print(type(c).__name__, c.value, type(s).__name__, s.value)
print(Counter.describe(), Sub.describe(), s.describe(), c.describe())
print(Counter.clamp(15), c.clamp(-3), Sub.clamp(5, hi=4))
cm = Counter.__dict__["from_list"]
sm = Counter.__dict__["clamp"]
print(type(cm).__name__, type(sm).__name__)
print(cm.__func__.__name__, sm.__func__.__name__)
print(Counter.from_list.__self__ is Counter, Sub.from_list.__self__ is Sub, s.from_list.__self__ is Sub)
print(Counter.from_list.__func__ is cm.__func__, Counter.clamp is sm.__func__, c.clamp is sm.__func__)
print(type(Counter.from_list).__name__, type(Counter.clamp).__name__)
print(sm(7), callable(sm), callable(cm))
# classmethod bound methods compare equal when bound to the same class.
print(Counter.from_list == Counter.from_list, Counter.from_list == Sub.from_list, c.from_list == Counter.from_list)
# Calling a classmethod object directly is an error.
try:
    cm(Counter, [])
except TypeError as e:
    print("TypeError", e)
# classmethod of a non-function: calling the bound result.
class Weird:
    cm_len = classmethod(len)
    sm_len = staticmethod(len)
try:
    Weird.cm_len()
except TypeError as e:
    print("TypeError", e)
print(Weird.sm_len("abcd"))
# Argument errors for bound classmethods report the function name.
try:
    Counter.from_list()
except TypeError as e:
    print("TypeError", e)
try:
    Counter.clamp()
except TypeError as e:
    print("TypeError", e)
# classmethod/staticmethod can be applied to lambdas and assigned after class creation.
Counter.twice = staticmethod(lambda x: 2 * x)
Counter.name_of = classmethod(lambda cls: cls.__name__)
print(Counter.twice(4), s.twice(5), Sub.name_of(), c.name_of())



