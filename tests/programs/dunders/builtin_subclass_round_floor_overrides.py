# round(), math.floor() and math.ceil() call an overriding __round__,
# __floor__, __ceil__ defined on a float or int subclass.
import math

class Money(float):
    def __round__(self, ndigits=None):
        if ndigits is None:
            return "rounded up: %d" % int(float(self) + 0.5)
        return ("round", ndigits)

class Wrapper(float):
    def __floor__(self):
        return "subclass floor"
    def __ceil__(self):
        return "subclass ceil"

class IntSub(int):
    def __ceil__(self):
        return "int sub ceil"
    def __round__(self, ndigits=None):
        return "int sub round"

print(round(Money(2.5)), round(Money(2.345), 2))
print(math.floor(Wrapper(1.5)), math.ceil(Wrapper(1.5)), math.trunc(Wrapper(1.5)))
print(math.floor(IntSub(4)), math.ceil(IntSub(4)), round(IntSub(4)), round(IntSub(4), -1))
