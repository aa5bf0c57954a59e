# list subclasses are filled by list.__init__; __new__ alone leaves them empty
# and __init__ replaces contents.
class Bag(list):
    def __init__(self, items=(), label="bag"):
        super().__init__(items)
        self.label = label

b = Bag([3, 1, 2], label="nums")
print(b, b.label, type(b).__name__, len(b))
b.__init__("xy")
print(b, b.label)
b.__init__()
print(b, b.label)

class NoSuper(list):
    def __init__(self, items):
        self.items_seen = list(items)
n = NoSuper([1, 2])
print(n, len(n), n.items_seen)

class NewOnly(list):
    def __new__(cls, items):
        obj = super().__new__(cls)
        print("  __new__ result before __init__:", obj)
        return obj
no = NewOnly([4, 5])
print(no)

class NewWithItems(list):
    def __new__(cls, *args):
        return super().__new__(cls, *args)
nw = NewWithItems([1, 2])
print(nw)

class Unique(list):
    def __init__(self, items=()):
        super().__init__()
        for item in items:
            if item not in self:
                self.append(item)
u = Unique([3, 1, 3, 2, 1])
print(u, len(u))
try:
    Bag(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Bag([1], "l", 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list.__init__(b, [1], [2])
except TypeError as e:
    print(type(e).__name__, e)
print(list.__new__(Bag), type(list.__new__(Bag)).__name__, hasattr(list.__new__(Bag), "label"))

class Counted(list):
    created = 0
    def __new__(cls, *args, **kwargs):
        cls.created += 1
        return super().__new__(cls)
    def __init__(self, *args, **kwargs):
        super().__init__(*args)
        self.meta = kwargs
c1 = Counted([1], owner="me")
c2 = Counted()
print(c1, c1.meta, c2, c2.meta, Counted.created)
print(list.__init__(c1, "ab"), c1)
