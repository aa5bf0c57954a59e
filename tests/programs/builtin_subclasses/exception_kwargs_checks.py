# BaseException.__init__ rejects keyword arguments even when the subclass
# overrides only __new__; BaseException.__new__ itself accepts and ignores them.
class A(Exception):
    def __new__(cls, *args, **kw):
        return super().__new__(cls, *args)
for label, fn in [("A(x=1)", lambda: A(x=1)), ("A(1, y=2)", lambda: A(1, y=2))]:
    try:
        print(label, repr(fn()))
    except TypeError as e:
        print(label, type(e).__name__, e)
class B(Exception):
    def __init__(self, *args, **kw):
        super().__init__(*args)
print(repr(B(1, k=2)))
class C(Exception):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
try:
    C(1, k=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Exception.__init__(Exception(), a=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    BaseException.__new__(Exception, a=1)
    print("new ok")
except TypeError as e:
    print(type(e).__name__, e)
