# bytes() through __bytes__, the buffer/iterable/int fallbacks, and a
# small binary record type.

class Packet:
    def __init__(self, kind, payload):
        self.kind, self.payload = kind, payload
    def __bytes__(self):
        body = self.payload.encode("utf-8")
        return bytes([self.kind, len(body)]) + body
    def __len__(self):
        return 2 + len(self.payload.encode("utf-8"))

p = Packet(7, "héllo")
raw = bytes(p)
print(raw, len(raw), len(p), raw[0], raw[2:].decode())
print(bytes(Packet(1, "")))

def t(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

class WithIndex:
    def __index__(self):
        return 3
class Iterable:
    def __iter__(self):
        return iter([65, 66, 67])
class BothBytesAndIter:
    def __bytes__(self):
        return b"from __bytes__"
    def __iter__(self):
        return iter([1])
class Nothing:
    pass

t("bytes(__index__)", lambda: bytes(WithIndex()))
t("bytes(iterable)", lambda: bytes(Iterable()))
t("bytes prefers __bytes__", lambda: bytes(BothBytesAndIter()))
t("bytes(Nothing)", lambda: bytes(Nothing()))
t("bytearray ignores __bytes__", lambda: bytearray(Packet(2, "a")))
t("bytes(str)", lambda: bytes("abc"))
t("bytes(str, enc)", lambda: bytes("abc", "ascii"))
t("bytes(int, enc)", lambda: bytes(3, "ascii"))
t("bytes(-1)", lambda: bytes(-1))
t("bytes([256])", lambda: bytes([256]))
t("bytes([-1])", lambda: bytes([-1]))
t("bytes(['a'])", lambda: bytes(["a"]))
t("bytes(1.5)", lambda: bytes(1.5))
t("bytes(None)", lambda: bytes(None))
t("bytes(bytearray)", lambda: bytes(bytearray(b"xy")))
t("bytes(memoryview)", lambda: bytes(memoryview(b"mv")))
t("bytes(range)", lambda: bytes(range(65, 70)))
t("bytes(gen)", lambda: bytes(x for x in [104, 105]))
t("bytes()", lambda: bytes())
t("bytes(bytes subclass)", lambda: bytes(type("B", (bytes,), {})(b"q")))
t("str(bytes)", lambda: str(b"abc"))
t("str(bytes, enc)", lambda: str(b"abc", "ascii"))
t("str(bytes, bad enc)", lambda: str(b"\xff", "utf-8"))
t("b'' % __bytes__", lambda: b"[%b]" % Packet(1, "z"))
t("b'' % str", lambda: b"[%b]" % "z")
t("b'' %s __bytes__", lambda: b"[%s]" % Packet(1, "y"))

# __bytes__ looked up on the type
n = Nothing()
n.__bytes__ = lambda: b"instance"
t("instance __bytes__", lambda: bytes(n))

# __bytes__ on a bytes subclass overrides the copy
class Tagged(bytes):
    def __bytes__(self):
        return b"<" + bytes(list(self)) + b">"
print(bytes(Tagged(b"data")), Tagged(b"data") + b"!", type(Tagged(b"x") + b"").__name__)
