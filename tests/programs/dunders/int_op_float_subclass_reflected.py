# int.__truediv__ etc. return NotImplemented for a float (subclass) operand,
# so the float subclass's reflected method runs.

class MyFloat(float):
    def __rtruediv__(self, other):
        return "rtruediv(%r)" % (other,)
    def __radd__(self, other):
        return "radd(%r)" % (other,)
    def __rmul__(self, other):
        return "rmul(%r)" % (other,)

print(3 / MyFloat(4))
print(3 + MyFloat(4))
print(3 * MyFloat(4))
print(3.0 + MyFloat(4))
print(True + MyFloat(4))

class MyComplex(complex):
    def __radd__(self, other):
        return "complex radd(%r)" % (other,)
print(1 + MyComplex(2))
print(1.5 + MyComplex(2))
