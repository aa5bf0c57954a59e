# In 3.11 an exception from __set_name__ is wrapped in RuntimeError with __cause__ set.
class BadSetName:
    def __set_name__(self, owner, name):
        raise ValueError("bad name %s" % name)
try:
    class C:
        attr = BadSetName()
except Exception as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
