# BaseException instances always carry a __dict__, so __slots__ on an
# exception subclass does not prevent arbitrary attributes.
class Slotted(Exception):
    __slots__ = ("code",)
    def __init__(self, code):
        super().__init__(code)
        self.code = code
s = Slotted(3)
print(s.code, s.args, hasattr(s, "__dict__"), type(s).__name__)
s.other = 1
print(s.other)

class Base(Exception):
    __slots__ = ()
b = Base("m")
b.note = "ok"
print(b.note, vars(b), hasattr(b, "__dict__"))
class Plain:
    __slots__ = ()
try:
    Plain().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
