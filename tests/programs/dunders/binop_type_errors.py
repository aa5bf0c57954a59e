# The exact TypeError messages of every binary operator when neither
# operand supports it.

class A:
    pass

class B:
    def __add__(self, other):
        return NotImplemented
    def __radd__(self, other):
        return NotImplemented

def err(label, fn):
    try:
        print(label, "->", fn())
    except TypeError as e:
        print(label, "TypeError:", e)

a, b = A(), B()
err("+", lambda: a + b)
err("-", lambda: a - b)
err("*", lambda: a * b)
err("@", lambda: a @ b)
err("/", lambda: a / b)
err("//", lambda: a // b)
err("%", lambda: a % b)
err("divmod", lambda: divmod(a, b))
err("**", lambda: a ** b)
err("<<", lambda: a << b)
err(">>", lambda: a >> b)
err("&", lambda: a & b)
err("^", lambda: a ^ b)
err("|", lambda: a | b)
err("b+b", lambda: b + b)
err("b+1", lambda: b + 1)
err("1+b", lambda: 1 + b)

# builtin operand pairs
err("int+str", lambda: 1 + "x")
err("str+int", lambda: "x" + 1)
err("list+tuple", lambda: [1] + (2,))
err("str-str", lambda: "a" - "b")
err("None*2", lambda: None * 2)
err("dict|list", lambda: {} | [])
err("set+set", lambda: {1} + {2})
err("float@float", lambda: 1.0 @ 2.0)
err("float<<1", lambda: 1.5 << 1)
err("int&float", lambda: 1 & 1.0)
err("str%tuple", lambda: "%d" % ("x",))
err("bytes+str", lambda: b"a" + "a")
err("complex//", lambda: 1j // 2)
err("complex%", lambda: 1j % 2)
err("divmod complex", lambda: divmod(1j, 1))
err("list*list", lambda: [1] * [2])
err("str*float", lambda: "ab" * 2.0)
err("A type + A type", lambda: A + A)
err("func+1", lambda: len + 1)

# class name is the qualname-free __name__
class Outer:
    class Inner:
        pass
err("nested", lambda: Outer.Inner() - Outer())
