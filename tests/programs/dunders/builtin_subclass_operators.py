# Operators on subclasses of int, str, list and tuple: which results keep
# the subclass type, and how overriding one dunder changes behaviour.

class MyInt(int):
    def __repr__(self):
        return "MyInt(%d)" % int(self)

class MyStr(str):
    pass

class MyList(list):
    pass

class MyTuple(tuple):
    pass

a = MyInt(5)
for label, value in [("a+1", a + 1), ("1+a", 1 + a), ("a*3", a * 3), ("-a", -a), ("a//2", a // 2),
                     ("abs(a)", abs(a)), ("a<<1", a << 1), ("+a", +a), ("int(a)", int(a))]:
    print(label, value, type(value).__name__)

s = MyStr("ab")
for label, value in [("s+'cd'", s + "cd"), ("s*2", s * 2), ("s[0]", s[0]), ("s.upper()", s.upper()),
                     ("str(s)", str(s)), ("'%s' % s", "%s" % s), ("f'{s}'", f"{s}"), ("s[:]", s[:])]:
    print(label, repr(value), type(value).__name__)

l = MyList([1, 2])
for label, value in [("l+[3]", l + [3]), ("l*2", l * 2), ("l[:]", l[:]), ("list(l)", list(l)), ("[*l]", [*l])]:
    print(label, value, type(value).__name__)
l2 = l
l2 += [3]
print("l += [3]", l2, type(l2).__name__, l2 is l)
l2 *= 2
print("l *= 2", l2, type(l2).__name__, l2 is l)

t = MyTuple((1, 2))
t2 = t
t2 += (3,)
print("t += (3,)", t2, type(t2).__name__, t2 is t, type(t[:]).__name__, type(t * 1).__name__)

# overriding one operator keeps the rest of the builtin behaviour
class Saturating(int):
    MAX = 255
    def __add__(self, other):
        return Saturating(min(int(self) + int(other), self.MAX))
    __radd__ = __add__
    def __repr__(self):
        return "Sat(%d)" % int(self)
x = Saturating(250)
print(x + 10, 10 + x, x - 300, type(x - 300).__name__, x * 2, sum([x, x], Saturating(0)))
y = x
y += 100
print(y, type(y).__name__)

class Caseless(str):
    def __eq__(self, other):
        return isinstance(other, str) and self.lower() == other.lower()
    def __hash__(self):
        return hash(self.lower())
    def __contains__(self, sub):
        return sub.lower() in self.lower()
c = Caseless("Hello")
print(c == "HELLO", "hello" == c, c != "x", "ELL" in c, c in ["hello"], {c: 1}.get(Caseless("HELLO")))
print(c + "!", type(c + "!").__name__, c.replace("l", "L"), len(c), c < "a")

class Stack(list):
    def __add__(self, other):
        return Stack(list.__add__(self, other))
    def __repr__(self):
        return "Stack%s" % list.__repr__(self)
    def __bool__(self):
        return len(self) > 1
st = Stack([1])
print(st + [2], type(st + [2]).__name__, [0] + st, type([0] + st).__name__, bool(st), bool(st + [2]))

# comparisons between subclass and base use the subclass's reflected method first
class Loud(int):
    def __gt__(self, other):
        return "Loud.__gt__"
    def __eq__(self, other):
        return "Loud.__eq__"
    __hash__ = int.__hash__
print(3 < Loud(1), 3 == Loud(1), Loud(1) > 3)
