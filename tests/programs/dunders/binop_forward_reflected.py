# Forward and reflected binary operator methods, traced so the order of
# calls CPython makes is visible, including NotImplemented fallbacks.

log = []

class L:
    def __init__(self, name, answer=True):
        self.name = name
        self.answer = answer
    def __repr__(self):
        return "L(%s)" % self.name

def make(op):
    def forward(self, other):
        log.append("%s.__%s__(%r)" % (self.name, op, other))
        return ("%s" % op, self.name) if self.answer else NotImplemented
    def reflected(self, other):
        log.append("%s.__r%s__(%r)" % (self.name, op, other))
        return ("r%s" % op, self.name) if self.answer else NotImplemented
    return forward, reflected

OPS = ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod",
       "divmod", "pow", "lshift", "rshift", "and", "xor", "or"]
for op in OPS:
    f, r = make(op)
    setattr(L, "__%s__" % op, f)
    setattr(L, "__r%s__" % op, r)

a = L("a")
b = L("b")
no = L("no", answer=False)

def show(label, fn):
    log.clear()
    try:
        result = fn()
    except TypeError as e:
        result = "TypeError: %s" % e
    print(label, result, log)

show("a+b", lambda: a + b)
show("a-b", lambda: a - b)
show("a*b", lambda: a * b)
show("a@b", lambda: a @ b)
show("a/b", lambda: a / b)
show("a//b", lambda: a // b)
show("a%b", lambda: a % b)
show("divmod", lambda: divmod(a, b))
show("a**b", lambda: a ** b)
show("a<<b", lambda: a << b)
show("a>>b", lambda: a >> b)
show("a&b", lambda: a & b)
show("a^b", lambda: a ^ b)
show("a|b", lambda: a | b)

# forward NotImplemented -> reflected of the other operand
show("no+a", lambda: no + a)
show("no@a", lambda: no @ a)
show("no**a", lambda: no ** a)
show("divmod(no,a)", lambda: divmod(no, a))
# both NotImplemented -> TypeError
show("no+no2", lambda: no + L("no2", answer=False))
show("no|no2", lambda: no | L("no2", answer=False))

# same type: reflected method is never tried
show("no-no", lambda: no - no)

# builtin on the left: int returns NotImplemented, reflected used
show("1+a", lambda: 1 + a)
show("2.5*a", lambda: 2.5 * a)
show("'s'%a", lambda: "s" % a)
show("[1]*a", lambda: [1] * a)
show("3**a", lambda: 3 ** a)
show("5<<a", lambda: 5 << a)
show("divmod(7,a)", lambda: divmod(7, a))
show("None+a", lambda: None + a)
