# bytes subclasses: __new__ sets the value, methods return plain bytes.
class Blob(bytes):
    def __new__(cls, data=b"", *, reverse=False):
        if isinstance(data, str):
            data = data.encode()
        if reverse:
            data = bytes(data)[::-1]
        return super().__new__(cls, data)
    def checksum(self):
        return sum(self) % 256

b = Blob(b"hello")
print(b, repr(b), type(b).__name__, len(b), b.checksum(), b[0], b[1:3], type(b[1:3]).__name__)
print(Blob("text"), Blob(b"abc", reverse=True), Blob(), Blob([65, 66]), Blob(3))
for value in [b.upper(), b + b"!", b"!" + b, b * 2, b.replace(b"l", b"L"), b.strip(b"h"), b[:], b.hex(), b.decode(), bytes(b)]:
    print(repr(value), type(value).__name__)
print(b == b"hello", b < b"z", hash(b) == hash(b"hello"), b"ell" in b, b.find(b"l"), list(b)[:2])
print(Blob.fromhex("6869"), type(Blob.fromhex("6869")).__name__, Blob.fromhex("ff").checksum())
print(b.split(b"l"), [type(x).__name__ for x in b.split(b"l")], b"-".join([b, b"x"]))

class Raw(bytes):
    def __repr__(self):
        return f"Raw<{self.hex()}>"
    def __str__(self):
        return "raw!"
r = Raw(b"\x01\x02")
print(r, str(r), repr(r), [r], f"{r}", "%s" % r, b"%s" % r, bytes(r))

class HasBytes:
    def __bytes__(self):
        return Raw(b"zz")
x = bytes(HasBytes())
print(repr(x), type(x).__name__)
y = Blob(HasBytes())
print(repr(y), type(y).__name__)
try:
    Blob("é", reverse=False).decode("ascii")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    bytes.__new__(Blob, "str")
except TypeError as e:
    print(type(e).__name__, e)
print(bytes.__new__(Blob, "hi", "ascii"), type(bytes.__new__(Blob, "hi", "ascii")).__name__)
try:
    Blob(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
