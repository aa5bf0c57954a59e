# __call__ makes instances callable; callable(); classes and bound methods as callables.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (x + self.n + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder), callable(5), callable(print))
print(list(map(add5, [1, 2])), sorted([3, 1, 2], key=Adder(-1)))
try:
    add5()
except TypeError as e:
    print("TypeError:", e)
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
class CallAttr:
    pass
obj = CallAttr()
obj.__call__ = lambda: "instance attr"
try:
    obj()
except TypeError as e:
    print("TypeError:", e)
print(callable(obj))
class Chain:
    def __call__(self):
        return self
c = Chain()
print(c()()() is c)
class Meta(type):
    def __call__(cls, *args):
        return f"intercepted {cls.__name__}{args}"
class Made(metaclass=Meta):
    pass
print(Made(1, 2))
bound = add5.__call__
print(bound(0), type(bound).__name__, bound.__self__ is add5)
