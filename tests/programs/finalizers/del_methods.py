# __del__ runs once, when the object is collected: at `gc.collect()` here
# (CPython runs it as soon as the last reference goes; the collection
# makes the moment the same for both).
import gc


class Resource:
    log = []

    def __init__(self, name):
        self.name = name

    def __del__(self):
        Resource.log.append(self.name)
        print("closing", self.name)


r = Resource("plain")
del r
gc.collect()
print("after plain")

# A cycle with a finalizer on each side: both run, then both are freed.
a = Resource("a")
b = Resource("b")
a.other, b.other = b, a
del a, b
gc.collect()
print("after cycle", sorted(Resource.log[-2:]))


# A subclass inherits __del__ and may extend it.
class Logged(Resource):
    def __del__(self):
        print("logged", self.name)
        super().__del__()


x = Logged("sub")
x = None
gc.collect()

# A __del__ added to a class after its instances were made.
class Late:
    pass


late = Late()
Late.__del__ = lambda self: print("late finalizer")
del late
gc.collect()

# Resurrection: the finalizer stores the object; it is not finalized again.
saved = []


class Phoenix:
    def __del__(self):
        print("phoenix finalized")
        saved.append(self)


p = Phoenix()
del p
gc.collect()
print("saved", len(saved), type(saved[0]).__name__)
saved.clear()
gc.collect()
print("not finalized twice")

# Objects still alive at exit are finalized at shutdown, after the
# program's own output, in the order the module's globals were set.
keep_first = Resource("global one")
keep_second = Resource("global two")
print("end of program")
