# int.from_bytes called on a subclass builds the subclass (calling cls(value),
# so the subclass's __new__ and __init__ run); it is a classmethod_descriptor.
class MyInt(int):
    def __new__(cls, value=0):
        print("  MyInt.__new__", value)
        return super().__new__(cls, value)
    def __init__(self, value=0):
        print("  MyInt.__init__", value)

x = MyInt.from_bytes(b"\x01\x00", "big")
print(x, type(x).__name__)
class Quiet(int):
    pass
q = Quiet.from_bytes(b"\xff", "little", signed=True)
print(q, type(q).__name__)

class Flags(int):
    def __repr__(self):
        return f"Flags({int(self):#06b})"
print(repr(Flags.from_bytes(b"\x05", "big")), repr(Flags.from_bytes([1, 2], "little")))
print(MyInt.from_bytes.__self__.__name__, type(int.__dict__["from_bytes"]).__name__)
print(type(bool.from_bytes(b"\x01", "big")).__name__, bool.from_bytes(b"\x00", "big"))
