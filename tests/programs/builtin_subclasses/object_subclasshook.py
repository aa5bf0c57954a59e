# object.__subclasshook__ exists and returns NotImplemented.
print(object.__subclasshook__(int), int.__subclasshook__(str))
class MyInt(int):
    pass
print(MyInt.__subclasshook__(bool), "__subclasshook__" in dir(object), "__subclasshook__" in object.__dict__)
class Hooked(list):
    @classmethod
    def __subclasshook__(cls, other):
        return True
print(Hooked.__subclasshook__(int), issubclass(int, Hooked))
