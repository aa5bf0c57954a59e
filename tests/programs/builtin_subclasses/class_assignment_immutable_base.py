# __class__ can be reassigned between two heap subclasses of int (or of str)
# with the same layout; tuple subclasses are refused with a layout message.
class State(int):
    def name(self):
        return "state"
class Off(State):
    def name(self):
        return "off"
class On(State):
    def name(self):
        return "on"
s = Off(0)
print(s.name(), int(s))
s.__class__ = On
print(s.name(), int(s), type(s).__name__)

class T1(tuple):
    pass
class T2(tuple):
    pass
t = T1((1, 2))
try:
    t.__class__ = T2
    print(type(t).__name__, t)
except TypeError as e:
    print(type(e).__name__, e)
class S1(str):
    pass
class S2(str):
    def shout(self):
        return self.upper() + "!"
s2 = S1("hey")
try:
    s2.__class__ = S2
    print(s2.shout())
except TypeError as e:
    print(type(e).__name__, e)
try:
    s2.__class__ = str
except TypeError as e:
    print(type(e).__name__, e)
