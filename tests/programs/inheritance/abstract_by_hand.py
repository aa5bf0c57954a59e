# Abstract-method patterns written by hand (no abc module).
def abstract(func):
    func.__isabstract__ = True
    return func

class AbstractMeta(type):
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        abstracts = set()
        for base in cls.__mro__[::-1]:
            for key, value in vars(base).items():
                if getattr(value, "__isabstract__", False):
                    abstracts.add(key)
                elif key in abstracts:
                    abstracts.discard(key)
        cls.abstract_methods = frozenset(abstracts)
        return cls
    def __call__(cls, *args, **kwargs):
        if cls.abstract_methods:
            raise TypeError("Can't instantiate abstract class %s with abstract methods %s"
                            % (cls.__name__, ", ".join(sorted(cls.abstract_methods))))
        return super().__call__(*args, **kwargs)

class Shape(metaclass=AbstractMeta):
    @abstract
    def area(self): ...
    @abstract
    def perimeter(self): ...
    def describe(self):
        return "%s area=%s perimeter=%s" % (type(self).__name__, self.area(), self.perimeter())

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def perimeter(self):
        return 4 * self.s

class HalfDone(Shape):
    def area(self):
        return 0

for cls in (Shape, HalfDone, Square):
    print(cls.__name__, sorted(cls.abstract_methods))
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)
try:
    HalfDone()
except TypeError as e:
    print(type(e).__name__, e)
print(Square(3).describe())

# Re-declaring a concrete method as abstract again
class Reabstract(Square):
    @abstract
    def area(self): ...
print(sorted(Reabstract.abstract_methods))

# The NotImplementedError style
class Base:
    def run(self):
        return "ran " + self.step()
    def step(self):
        raise NotImplementedError("%s must implement step()" % type(self).__name__)
class Impl(Base):
    def step(self):
        return "Impl.step"
class Lazy(Base):
    pass
print(Impl().run())
try:
    Lazy().run()
except NotImplementedError as e:
    print(type(e).__name__, e)

# The __init_subclass__ style: check at class-creation time
class Interface:
    required = ()
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        missing = [m for m in cls.required if not callable(getattr(cls, m, None))]
        if missing:
            raise TypeError("%s is missing %s" % (cls.__name__, ", ".join(missing)))
class Readable(Interface):
    required = ()
class FileLike(Readable):
    required = ("read", "close")
    def read(self): return "data"
    def close(self): return "closed"
try:
    class BadFile(FileLike):
        required = ("read", "close", "seek")
except TypeError as e:
    print(type(e).__name__, e)
print(FileLike().read(), FileLike().close())
