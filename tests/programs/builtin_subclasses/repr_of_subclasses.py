# The default repr/str of built-in subclass instances: most keep the base
# type's repr, but set/frozenset (and bytearray) include the subclass name.
class I(int): pass
class F(float): pass
class C(complex): pass
class S(str): pass
class B(bytes): pass
class BA(bytearray): pass
class T(tuple): pass
class L(list): pass
class D(dict): pass
class St(set): pass
class FS(frozenset): pass
class E(Exception): pass
class KE(KeyError): pass

values = [I(5), F(2.5), C(1, 2), S("s'q"), B(b"b"), BA(b"ba"), T((1,)), T(), L([1, "x"]), L(), D(a=1), D(),
          St([3]), St(), FS([4]), FS(), E("m"), E(), KE("k"), I(-0), F("nan")]
for v in values:
    print(f"{type(v).__name__:3} repr={v!r:24} str={v!s}")
print([I(1), S("a"), St([1]), FS([2])])
print({S("k"): L([D(x=FS())])})
nested = L([1])
nested.append(nested)
print(nested, repr(nested))
dd = D()
dd["self"] = dd
print(dd)
tt = T(([],))
tt[0].append(tt)
print(tt)

class Named(list):
    def __repr__(self):
        return f"{type(self).__name__}({list.__repr__(self)})"
n = Named([1, Named([2])])
print(n, [n], str(n), f"{n}", "%s|%r" % (n, n))
class Sub(Named):
    pass
print(Sub([Sub()]), repr(Sub("ab")))

class StrOnly(dict):
    def __str__(self):
        return "StrOnly!"
so = StrOnly(a=1)
print(so, repr(so), [so], str([so]), f"{so}", f"{so!r}")

class Recur(list):
    def __repr__(self):
        return "R" + list.__repr__(self)
r = Recur([1])
r.append(r)
print(r)
