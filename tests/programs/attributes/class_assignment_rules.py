# __class__ assignment: allowed between compatible heap types, CPython's errors otherwise.
class Animal:
    def speak(self):
        return "..."
    def describe(self):
        return f"{type(self).__name__} says {self.speak()}"
class Dog(Animal):
    def speak(self):
        return "woof"
class Cat(Animal):
    def speak(self):
        return "meow"

pet = Dog()
pet.name = "Rex"
print(pet.describe(), pet.name)
pet.__class__ = Cat
print(pet.describe(), pet.name, isinstance(pet, Dog), isinstance(pet, Cat), type(pet) is Cat)
pet.__class__ = Animal
print(pet.describe(), vars(pet))
setattr(pet, "__class__", Dog)
print(pet.describe())

# Unrelated classes with the same layout work too.
class Unrelated:
    def speak(self):
        return "??"
    def describe(self):
        return "unrelated " + self.name
pet.__class__ = Unrelated
print(pet.describe(), isinstance(pet, Animal))

# State machine via __class__ switching.
class Closed:
    def open(self):
        self.__class__ = Open
        return "opening"
    def close(self):
        return "already closed"
class Open:
    def open(self):
        return "already open"
    def close(self):
        self.__class__ = Closed
        return "closing"
door = Closed()
for action in ["close", "open", "open", "close", "open"]:
    print(action, "->", getattr(door, action)(), type(door).__name__)

# Errors.
attempts = [
    ("to int instance", lambda: setattr(pet, "__class__", 5)),
    ("to int type", lambda: setattr(pet, "__class__", int)),
    ("int to bool", lambda: setattr(7, "__class__", bool)),
    ("object()", lambda: setattr(object(), "__class__", Dog)),
    ("list", lambda: setattr([], "__class__", Dog)),
    ("delete", lambda: delattr(pet, "__class__")),
]
for label, fn in attempts:
    try:
        fn()
        print(label, "ok")
    except TypeError as e:
        print(label, "TypeError", e)

# Slotted classes must have identical slots.
class S1:
    __slots__ = ("a", "b")
class S2:
    __slots__ = ("a", "b")
class S3:
    __slots__ = ("a",)
s = S1()
s.a = 1
s.__class__ = S2
print(type(s).__name__, s.a)
try:
    s.__class__ = S3
except TypeError as e:
    print("TypeError", e)
try:
    s.__class__ = Dog
except TypeError as e:
    print("TypeError", e)
print(pet.__class__.__name__, type(pet).__name__)
