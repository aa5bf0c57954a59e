# complex subclasses: value set in __new__, arithmetic returns plain complex.
class Vec(complex):
    def __new__(cls, x=0.0, y=0.0):
        return super().__new__(cls, x, y)
    def __repr__(self):
        return f"Vec({self.real:g}, {self.imag:g})"
    def dot(self, other):
        return self.real * other.real + self.imag * other.imag
    @property
    def length(self):
        return abs(self)

v = Vec(3, 4)
w = Vec(1, -2)
print(v, repr(v), str(v), type(v).__name__, v.length, v.dot(complex(w)))
for value in [v + 1j, 2j - v, v * 1j, v / 2, -v, +v, v.conjugate(), v ** 2, v + 1, 2 * v]:
    print(value, type(value).__name__)
print(v.real, v.imag, type(v.real).__name__, v == complex(3, 4), hash(v) == hash(complex(3, 4)))
print(complex(v), type(complex(v)).__name__, [v, w], (v,))
print(f"{v}", "%s" % (v,), format(complex(v)), str(complex(v)))

class C(complex):
    pass
c = C(1, 2)
print(repr(c), c, C("3+4j"), C(2), C(), C(imag=5), type(c * 1).__name__)
try:
    C("junk")
except ValueError as e:
    print(type(e).__name__, e)
try:
    C("1+2j", 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    c < C(1, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(c)
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(c, complex), issubclass(C, complex), C.__mro__[1].__name__, abs(C(0, 3)))
