# bytearray subclasses are mutable and initialised by __init__.
class Buffer(bytearray):
    def __init__(self, data=b"", limit=8):
        super().__init__(data)
        self.limit = limit
    def push(self, value):
        if len(self) >= self.limit:
            raise OverflowError("buffer full")
        self.append(value)
        return self

buf = Buffer(b"ab", limit=4)
print(buf, repr(buf), type(buf).__name__, len(buf), buf.limit)
buf.push(99).push(100)
print(buf, bytes(buf))
try:
    buf.push(101)
except OverflowError as e:
    print(type(e).__name__, e)
buf[0] = 65
buf[1:2] = b"XYZ"
print(buf, len(buf))
del buf[0]
print(buf)
buf.extend(b"!!")
buf += b"?"
print(buf, type(buf).__name__, buf.limit)
for value in [buf[1:3], buf + b"x", buf * 2, buf.upper(), buf.copy(), bytearray(buf), buf.replace(b"!", b".")]:
    print(repr(value), type(value).__name__)
print(buf.pop(), buf.find(b"Z"), buf.hex(), buf.decode(), buf == b"XYZcd!!")
print(Buffer.fromhex("41 42"), type(Buffer.fromhex("41 42")).__name__)

class Plain(bytearray):
    pass
p = Plain(b"xy")
print(repr(p), str(p), [p], repr(Plain()), repr(Plain(3)), repr(Plain("é", "utf-8")))
p.clear()
print(repr(p), len(p), bool(p))

class NoSuper(bytearray):
    def __init__(self, data):
        self.note = "skipped super"
n = NoSuper(b"data")
print(repr(n), n.note, len(n))
n2 = bytearray.__new__(NoSuper)
print(repr(n2))
try:
    Buffer(5, 3, 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    buf[0] = 300
except ValueError as e:
    print(type(e).__name__, e)
