# Bound and unbound methods, staticmethod, classmethod, method objects.
class Greeter:
    greeting = "Hello"
    def __init__(self, name):
        self.name = name
    def greet(self, punctuation="!"):
        return f"{self.greeting}, {self.name}{punctuation}"
    @staticmethod
    def shout(text):
        return text.upper()
    @classmethod
    def make(cls, name):
        return cls(name)
    @classmethod
    def kind(cls):
        return cls.__name__
g = Greeter("Ann")
bound = g.greet
print(bound(), bound("?"), Greeter.greet(g, "."), bound.__self__ is g, bound.__func__ is Greeter.greet)
print(Greeter.shout("hi"), g.shout("yo"), Greeter.make("Bo").greet(), g.make("Cy").name)
class Loud(Greeter):
    greeting = "HEY"
print(Loud.kind(), Loud.make("Di").greet(), type(Loud.make("x")).__name__)
print(type(bound).__name__, type(Greeter.greet).__name__, type(Greeter.shout).__name__, type(Greeter.make).__name__)
print(g.greet == g.greet, g.greet is g.greet)
def external(self):
    return "external " + self.name
Greeter.external = external
print(g.external())
g.instance_func = lambda: "no self"
print(g.instance_func())
try:
    Greeter.greet()
except TypeError as e:
    print("TypeError:", e)
try:
    g.greet(1, 2)
except TypeError as e:
    print("TypeError:", e)
