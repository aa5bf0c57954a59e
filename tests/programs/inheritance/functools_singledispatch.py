# functools.singledispatch / singledispatchmethod dispatch along the MRO.
import functools
class Animal: pass
class Dog(Animal): pass
class Puppy(Dog): pass
@functools.singledispatch
def show(obj):
    return "generic " + type(obj).__name__
@show.register(int)
def _(obj):
    return "int " + str(obj)
@show.register(Animal)
def _(obj):
    return "Animal-handler for " + type(obj).__name__
@show.register
def _(obj: list):
    return "list of %d" % len(obj)

for v in (1, True, Dog(), Puppy(), [1, 2], "x", None):
    print(show(v))
print(show.dispatch(bool).__name__ == show.dispatch(int).__name__, show.dispatch(Puppy) is show.dispatch(Animal))
print(sorted(k.__name__ for k in show.registry))

# singledispatchmethod on classes with inheritance
class Formatter:
    @functools.singledispatchmethod
    def fmt(self, arg):
        return "?" + repr(arg)
    @fmt.register
    def _(self, arg: int):
        return "#%d" % arg
    @fmt.register
    def _(self, arg: str):
        return "'%s'" % arg
class LoudFormatter(Formatter):
    def fmt(self, arg):
        return super().fmt(arg).upper()
print(Formatter().fmt(5), Formatter().fmt("s"), Formatter().fmt(1.5), LoudFormatter().fmt("abc"))
