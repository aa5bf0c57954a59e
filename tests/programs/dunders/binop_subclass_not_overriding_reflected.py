# The reflected method of a right-hand subclass instance is tried first
# only when the subclass overrides it; otherwise the left operand's forward
# method goes first.

trace = []

class Base:
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

class Inherits(Base):
    pass

class OverridesAdd(Base):
    def __radd__(self, other):
        trace.append("OverridesAdd.__radd__")
        return "OverridesAdd.radd"

def run(label, fn):
    trace.clear()
    print(label, fn(), trace)

run("Base + Inherits", lambda: Base() + Inherits())
run("Base * Inherits", lambda: Base() * Inherits())
run("Base * OverridesAdd", lambda: Base() * OverridesAdd())
run("Base + OverridesAdd", lambda: Base() + OverridesAdd())
