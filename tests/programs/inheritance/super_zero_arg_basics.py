# Zero-argument super() in ordinary methods, properties, and across several levels.
class Base:
    def __init__(self, name):
        self.name = name
        self.trail = ["Base.__init__"]
    def greet(self, who):
        return "Base greets %s as %s" % (who, self.name)
    @property
    def label(self):
        return "base-label"
    def __str__(self):
        return "Base(%s)" % self.name

class Middle(Base):
    def __init__(self, name, level):
        super().__init__(name)
        self.level = level
        self.trail.append("Middle.__init__")
    def greet(self, who):
        return super().greet(who).upper()
    @property
    def label(self):
        return "middle+" + super().label
    def __str__(self):
        return "Middle<" + super().__str__() + ">"

class Leaf(Middle):
    def __init__(self):
        super().__init__("leaf", 3)
        self.trail.append("Leaf.__init__")
    def greet(self, who):
        first = super().greet(who)
        return first + "!" 
    @property
    def label(self):
        return "leaf+" + super().label

x = Leaf()
print(x.name, x.level, x.trail)
print(x.greet("bob"))
print(x.label)
print(str(x))
print(Middle("m", 1).label, str(Middle("m", 1)))

# super() bound to the class the method was defined in, not type(self)
class P:
    def where(self):
        return "P"
class Q(P):
    def where(self):
        return "Q/" + super().where()
class R(Q):
    pass
class S(R):
    def where(self):
        return "S/" + super().where()
print(R().where(), S().where())

# Calling the method through the class with a subclass instance
print(Q.where(S()), Middle.greet(x, "amy"))

# super() can be stored and used later
class T(Q):
    def get_super(self):
        return super()
    def where(self):
        return "T"
t = T()
s = t.get_super()
print(type(s).__name__, s.where(), s.__thisclass__.__name__, s.__self_class__.__name__, s.__self__ is t)

