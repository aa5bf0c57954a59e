# When the right operand's type is a proper subclass of the left's type
# and overrides the reflected method, the reflected method goes first.

trace = []

class Base:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        trace.append("Base.__add__")
        return "Base.add"
    def __radd__(self, other):
        trace.append("Base.__radd__")
        return "Base.radd"
    def __mul__(self, other):
        trace.append("Base.__mul__")
        return "Base.mul"
    def __rmul__(self, other):
        trace.append("Base.__rmul__")
        return "Base.rmul"

class Overrides(Base):
    def __radd__(self, other):
        trace.append("Overrides.__radd__")
        return "Overrides.radd"

class Inherits(Base):
    pass

class Declines(Base):
    def __radd__(self, other):
        trace.append("Declines.__radd__")
        return NotImplemented

def run(label, fn):
    trace.clear()
    print(label, fn(), trace)

run("Base + Overrides", lambda: Base(1) + Overrides(2))
run("Base + Declines", lambda: Base(1) + Declines(2))
run("Overrides + Base", lambda: Overrides(1) + Base(2))
run("Overrides + Overrides", lambda: Overrides(1) + Overrides(2))

# subclass of a builtin type overriding the reflected method
class MyInt(int):
    def __radd__(self, other):
        trace.append("MyInt.__radd__")
        return "MyInt.radd(%r)" % (other,)
    def __rsub__(self, other):
        trace.append("MyInt.__rsub__")
        return NotImplemented

run("1 + MyInt(2)", lambda: 1 + MyInt(2))
run("1 - MyInt(2)", lambda: 1 - MyInt(2))
run("MyInt(2) + 1", lambda: MyInt(2) + 1)
run("1.5 + MyInt(2)", lambda: 1.5 + MyInt(2))

class MyFloat(float):
    def __rtruediv__(self, other):
        trace.append("MyFloat.__rtruediv__")
        return "rtruediv"
run("1.0 / MyFloat(4)", lambda: 1.0 / MyFloat(4))

class MyStr(str):
    def __radd__(self, other):
        trace.append("MyStr.__radd__")
        return MyStr(other + str(self) + "!")
r = "a" + MyStr("b")
print(r, type(r).__name__)

# grandchild with override deeper in the hierarchy
class Grand(Inherits):
    def __rmul__(self, other):
        trace.append("Grand.__rmul__")
        return "Grand.rmul"
run("Base * Grand", lambda: Base(0) * Grand(0))
run("Inherits * Grand", lambda: Inherits(0) * Grand(0))
run("Grand * Inherits", lambda: Grand(0) * Inherits(0))

# unrelated classes: left wins
class Other:
    def __radd__(self, other):
        trace.append("Other.__radd__")
        return "Other.radd"
run("Base + Other", lambda: Base(0) + Other())
run("5 + Other", lambda: 5 + Other())
