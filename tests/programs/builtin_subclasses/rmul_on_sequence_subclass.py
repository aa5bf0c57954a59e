# int * seq where seq is a list/str/tuple subclass defining __rmul__: the
# numeric protocol (__rmul__) is tried before sequence repetition.
class Matrix(list):
    def __mul__(self, k):
        return Matrix([[k * x for x in row] for row in self])
    __rmul__ = __mul__
m = Matrix([[1, 2], [3, 4]])
print(m * 2, 2 * m, type(2 * m).__name__)

class M(list):
    def __rmul__(self, k):
        return f"M.__rmul__({k})"
class S(str):
    def __rmul__(self, k):
        return f"S.__rmul__({k})"
class T(tuple):
    def __rmul__(self, k):
        return f"T.__rmul__({k})"
class B(bytes):
    def __rmul__(self, k):
        return f"B.__rmul__({k})"
for seq in [M([1]), S("a"), T((1,)), B(b"z")]:
    print(type(seq).__name__, 3 * seq, seq * 2)

class NotImpl(list):
    def __rmul__(self, k):
        print("  NotImpl.__rmul__ ->", "NotImplemented")
        return NotImplemented
try:
    print(2 * NotImpl([7]))
except TypeError as e:
    print(type(e).__name__, e)
print(NotImpl([7]) * 2)
class Plain(list):
    pass
print(2 * Plain([1]), type(2 * Plain([1])).__name__)
