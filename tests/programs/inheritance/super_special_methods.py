# Delegating special methods to builtin bases with super().
class LoggingDict(dict):
    def __init__(self, *args, **kwargs):
        self.log = []
        super().__init__(*args, **kwargs)
    def __setitem__(self, key, value):
        self.log.append(("set", key))
        super().__setitem__(key, value)
    def __getitem__(self, key):
        self.log.append(("get", key))
        return super().__getitem__(key)
    def __delitem__(self, key):
        self.log.append(("del", key))
        super().__delitem__(key)
    def __contains__(self, key):
        self.log.append(("contains", key))
        return super().__contains__(key)
    def __repr__(self):
        return "LoggingDict(" + super().__repr__() + ")"

d = LoggingDict(a=1)
d["b"] = 2
print(d["a"], "b" in d, "z" in d)
del d["a"]
try:
    d["missing"]
except KeyError as e:
    print(type(e).__name__, e)
print(repr(d), d.log)

class UpperStr(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
    def __add__(self, other):
        return UpperStr(super().__add__(other))
    def __eq__(self, other):
        return super().__eq__(other.upper() if isinstance(other, str) else other)
    __hash__ = str.__hash__
u = UpperStr("abc")
print(u, type(u + "def").__name__, u + "def", u == "ABC", u == "abc", u == 5, len(u))

class Money(int):
    def __add__(self, other):
        return Money(super().__add__(other))
    __radd__ = __add__
    def __repr__(self):
        return "Money(%s)" % super().__repr__()
print(Money(3) + 4, 4 + Money(3), sum([Money(1), Money(2)]), repr(Money(5) + Money(6)))

class Stack(list):
    def push(self, x):
        super().append(x)
    def append(self, x):
        raise AttributeError("use push")
    def __iter__(self):
        return reversed(list(super().__iter__()))
    def __len__(self):
        return super().__len__() * 100
st = Stack()
st.push(1); st.push(2); st.push(3)
print(list(st), len(st), st[0], list.__len__(st))
try:
    st.append(4)
except AttributeError as e:
    print(type(e).__name__, e)

# __getattribute__/__setattr__ delegation through super
class Audited:
    def __init__(self):
        super().__setattr__("events", [])
    def __setattr__(self, name, value):
        self.events.append("set " + name)
        super().__setattr__(name, value)
    def __getattribute__(self, name):
        if name == "secret":
            return "hidden"
        return super().__getattribute__(name)
    def __delattr__(self, name):
        self.events.append("del " + name)
        super().__delattr__(name)
a = Audited()
a.x = 1
a.secret = "real"
print(a.x, a.secret, a.__dict__["secret"], a.events)
del a.x
try:
    del a.x
except AttributeError as e:
    print(type(e).__name__, e)
print(a.events)

# __eq__ and __hash__ falling back to object
class Ident:
    def __eq__(self, other):
        return super().__eq__(other)
i = Ident()
print(i == i, i == Ident(), Ident.__hash__, i.__eq__(5))
