# isinstance/issubclass with tuples, built-in hierarchies, type().
class Animal: pass
class Dog(Animal): pass
class Cat(Animal): pass
d = Dog()
print(isinstance(d, Dog), isinstance(d, Animal), isinstance(d, Cat), isinstance(d, (Cat, Dog)), isinstance(d, object))
print(issubclass(Dog, Animal), issubclass(Dog, (Cat, int)), issubclass(Dog, Dog), issubclass(bool, (str, int)))
print(isinstance(1, int), isinstance(True, int), isinstance(1.0, int), isinstance("s", (int, str)), isinstance(None, type(None)))
print(isinstance(int, type), isinstance(Dog, type), type(Dog).__name__, type(type).__name__, issubclass(type, object))
print(isinstance([], list), isinstance({}, dict), isinstance(KeyError(), LookupError), issubclass(KeyError, Exception))
print(type(d) == Dog, type(d) is Animal, type(3)(4.7), type("x")(5))
try:
    isinstance(d, "Dog")
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(d, Dog)
except TypeError as e:
    print("TypeError:", e)
Dyn = type("Dyn", (Animal,), {"sound": "hum", "speak": lambda self: self.sound})
print(Dyn().speak(), Dyn.__name__, issubclass(Dyn, Animal), Dyn.__bases__)
