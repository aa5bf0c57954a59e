# In-place operators and subclasses: when __iadd__ is missing or returns
# NotImplemented, the binary rules apply, including trying an overriding
# subclass's reflected method first.

trace = []

class Base:
    def __init__(self, tag):
        self.tag = tag
    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, self.tag)
    def __add__(self, other):
        trace.append("%r.__add__" % self)
        return Base("add")
    def __radd__(self, other):
        trace.append("%r.__radd__" % self)
        return Base("radd")

class Sub(Base):
    def __radd__(self, other):
        trace.append("%r.__radd__" % self)
        return Sub("sub-radd")

class WithIadd(Base):
    def __iadd__(self, other):
        trace.append("%r.__iadd__" % self)
        return NotImplemented

class Inplace(Base):
    def __iadd__(self, other):
        trace.append("%r.__iadd__" % self)
        self.tag += "+"
        return self

def run(label, left, right):
    trace.clear()
    x = left
    try:
        x += right
        print(label, x, trace)
    except TypeError as e:
        print(label, "TypeError:", e, trace)

run("Base += Sub", Base("a"), Sub("b"))
run("Base += Base", Base("a"), Base("b"))
run("WithIadd += Base", WithIadd("a"), Base("b"))
run("WithIadd += Sub", WithIadd("a"), Sub("b"))
run("Inplace += Sub", Inplace("a"), Sub("b"))
run("int += Base", 1, Base("b"))
run("Base += int", Base("a"), 1)
run("str += Sub", "s", Sub("b"))

class Nope:
    def __iadd__(self, other):
        trace.append("Nope.__iadd__")
        return NotImplemented
run("Nope += 1", Nope(), 1)
run("Nope += Nope", Nope(), Nope())

# augmented assignment evaluates the right side once, after the left
order = []
class Cell:
    def __init__(self):
        self.v = 0
def get_cell():
    order.append("left")
    return cell
def get_val():
    order.append("right")
    return 5
cell = Cell()
get_cell().v += get_val()
print(order, cell.v)
