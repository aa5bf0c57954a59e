# Rich comparisons: the reflected counterpart (< <-> >, <= <-> >=, == and
# != reflect to themselves) is tried when the first returns NotImplemented.

log = []

class C:
    def __init__(self, name, answer):
        self.name = name
        self.answer = answer
    def __repr__(self):
        return self.name

def make(op):
    def method(self, other):
        log.append("%s.__%s__(%r)" % (self.name, op, other))
        return self.answer
    return method

for op in ["lt", "le", "gt", "ge", "eq", "ne"]:
    setattr(C, "__%s__" % op, make(op))

yes = C("yes", "YES")
ni = C("ni", NotImplemented)
other = C("other", "OTHER")

def show(label, fn):
    log.clear()
    try:
        print(label, fn(), log)
    except TypeError as e:
        print(label, "TypeError:", e, log)

show("yes < other", lambda: yes < other)
show("ni < other", lambda: ni < other)
show("ni <= other", lambda: ni <= other)
show("ni > other", lambda: ni > other)
show("ni >= other", lambda: ni >= other)
show("ni == other", lambda: ni == other)
show("ni != other", lambda: ni != other)
show("ni < ni", lambda: ni < ni)
show("ni == ni", lambda: ni == ni)
show("ni != ni", lambda: ni != ni)
show("ni == C", lambda: ni == C("ni2", NotImplemented))
show("ni != C", lambda: ni != C("ni2", NotImplemented))
show("5 < yes", lambda: 5 < yes)
show("5 >= yes", lambda: 5 >= yes)
show("5 == yes", lambda: 5 == yes)
show("'s' != yes", lambda: "s" != yes)
show("None < ni", lambda: None < ni)

# subclass on the right that overrides the reflected method goes first
class Sub(C):
    def __gt__(self, other):
        log.append("Sub.__gt__(%r)" % (other,))
        return "SUB"
show("yes < Sub", lambda: yes < Sub("sub", "x"))
show("yes == Sub", lambda: yes == Sub("sub", "x"))
show("Sub < yes", lambda: Sub("sub", "x") < yes)

# the result is returned as is, not converted to bool
class Weird:
    def __lt__(self, other):
        return [1, 2]
    def __eq__(self, other):
        return 0
print(Weird() < 1, Weird() == 1, 1 > Weird(), not (Weird() == 2))
print(bool(Weird() < 1), Weird() != 3)

# chained comparisons call each comparison once and stop early
calls = []
class N:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        calls.append((self.v, other.v))
        return self.v < other.v
print(N(1) < N(2) < N(3), calls)
calls.clear()
print(N(3) < N(2) < N(1), calls)
