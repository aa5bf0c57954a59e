# The full set of arithmetic dunders, unary operators and in-place fallbacks.
class V:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"V({self.v})"
    def __add__(self, o): return V(self.v + o)
    def __sub__(self, o): return V(self.v - o)
    def __mul__(self, o): return V(self.v * o)
    def __truediv__(self, o): return V(self.v / o)
    def __floordiv__(self, o): return V(self.v // o)
    def __mod__(self, o): return V(self.v % o)
    def __pow__(self, o, mod=None): return V(pow(self.v, o, mod))
    def __lshift__(self, o): return V(self.v << o)
    def __rshift__(self, o): return V(self.v >> o)
    def __and__(self, o): return V(self.v & o)
    def __or__(self, o): return V(self.v | o)
    def __xor__(self, o): return V(self.v ^ o)
    def __matmul__(self, o): return V(self.v * o * 100)
    def __divmod__(self, o): return (V(self.v // o), V(self.v % o))
    def __neg__(self): return V(-self.v)
    def __pos__(self): return V(+self.v)
    def __abs__(self): return V(abs(self.v))
    def __invert__(self): return V(~self.v)
    def __index__(self): return self.v
    def __int__(self): return self.v
    def __float__(self): return float(self.v)
v = V(7)
print(v + 1, v - 1, v * 2, v / 2, v // 2, v % 4, v ** 2, pow(v, 2, 5), v << 1, v >> 1, v & 3, v | 8, v ^ 1, v @ 2, divmod(v, 2))
print(-v, +v, abs(V(-3)), ~v, [0, 1, 2, 3, 4, 5, 6, 7, 8][v], bin(v), hex(v), int(v), float(v), range(v)[-1], "ab" * V(2))
w = V(1)
w += 5
w -= 1
w *= 3
w //= 2
w **= 2
w %= 10
w <<= 2
w |= 1
w @= 1
print(w)
try:
    v + "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "x" + v
except TypeError as e:
    print("TypeError:", e)
