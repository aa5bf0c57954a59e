# UnicodeDecodeError / UnicodeEncodeError carry encoding, object, start,
# end and reason, and their args are those five values.


def show(e):
    print(f"{type(e).__name__}: str={str(e)!r} args={e.args!r}")


# UnicodeDecodeError / UnicodeEncodeError.
try:
    b"ab\xffcd".decode("utf-8")
except UnicodeDecodeError as e:
    show(e)
    print("   ", e.encoding, e.object, e.start, e.end, e.reason)
try:
    "héllo".encode("ascii")
except UnicodeEncodeError as e:
    show(e)
    print("   ", e.encoding, e.object, e.start, e.end, e.reason)
u = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "custom reason")
show(u)
try:
    UnicodeDecodeError("x")
except TypeError as e:
    print("TypeError:", e)

e = UnicodeEncodeError("ascii", "x\u20acy", 1, 2, "nope")
show(e)
e.reason = "changed"
e.start = 0
print(str(e))
print(UnicodeTranslateError("abc", 0, 1, "why").args)
