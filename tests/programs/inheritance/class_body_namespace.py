# Class body scoping rules that interact with inheritance.
x = "global x"
class A:
    x = "A.x"
    y = x + " (seen in body)"
    def method(self):
        return x
    names = [x for _ in range(1)]
    try:
        doubled = [x + x2 for x2 in [x]]
    except NameError as e:
        doubled = str(e)
print(A.y, A().method(), A.names, A.doubled)

# Class bodies don't see base class attributes as bare names
class B(A):
    try:
        z = y
    except NameError as e:
        z = "NameError: " + str(e)
    w = A.y
print(B.z, B.w)

# Class body in a function sees enclosing function locals
def make(tag):
    class C:
        label = tag
        def get(self):
            return tag + "!"
    return C
print(make("t1").label, make("t2")().get())

# A class-body name that is also a local of the enclosing function
def outer():
    v = "outer v"
    class D:
        v = "D.v"
        w = v
        def m(self):
            return v
    return D
D = outer()
print(D.w, D().m())

# locals() in a class body and the implicit entries
class E:
    a = 1
    snapshot = sorted(locals())
print(E.snapshot)

# nonlocal/global inside methods defined in a class body
counter = 0
class F:
    def bump(self):
        global counter
        counter += 1
        return counter
F().bump(); F().bump()
print(counter)

# Class body executed once; default arguments captured at definition time
log = []
class G:
    log.append("body")
    def f(self, items=[]):
        items.append(1)
        return len(items)
print(log, G().f(), G().f())

# Deleting a name in the class body
class H:
    temp = 5
    kept = temp * 2
    del temp
print(hasattr(H, "temp"), H.kept)

# Class body can reference __qualname__ and __module__
class I:
    q = __qualname__
    m = __module__
    class J:
        q = __qualname__
print(I.q, I.m, I.J.q)
