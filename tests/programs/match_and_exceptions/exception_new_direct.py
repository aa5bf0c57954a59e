# Calling an exception class's __new__ directly creates an instance whose
# args come from __new__'s arguments; __init__ can run later.
e = ValueError.__new__(ValueError)
print("bare __new__:", repr(e), e.args)
e.__init__("late", "init")
print("after __init__:", repr(e))
e2 = BaseException.__new__(KeyError, "k", 2)
print(type(e2).__name__, e2.args)
try:
    Exception.__new__(OSError)
except TypeError as err:
    print("TypeError:", err)


class Custom(Exception):
    def __new__(cls, *args):
        obj = super().__new__(cls, *args)
        obj.made_by_new = True
        return obj


c = Custom("x")
print(repr(c), c.made_by_new)
try:
    ValueError.__new__(int)
except TypeError as err:
    print("TypeError:", err)
