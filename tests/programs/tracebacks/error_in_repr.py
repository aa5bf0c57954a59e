# An exception raised by __repr__ while printing a container.
class Broken:
    def __repr__(self):
        raise RuntimeError("repr failed")
print("before")
print([1, Broken()])
