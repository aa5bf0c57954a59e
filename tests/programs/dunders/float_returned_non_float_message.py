# float() on an object whose __float__ returns a non-float names the class
# in the message: "N.__float__ returned non-float (type int)".

class N:
    def __init__(self, v):
        self.v = v
    def __float__(self):
        return self.v

for v in [3, "1.0", None, [1]]:
    try:
        float(N(v))
    except TypeError as e:
        print("TypeError:", e)
import math
try:
    math.sqrt(N(4))
except TypeError as e:
    print("TypeError:", e)
print(float(N(2.5)), math.sqrt(N(4.0)))
