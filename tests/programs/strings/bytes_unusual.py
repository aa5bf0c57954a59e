# bytes constructors, indexing, slicing and operators with unusual arguments.
print(bytes(3), bytes([65, 66]), bytes(range(3)), bytes("é", "utf-8"), bytes(b"x"), bytes(), bytes(iter([1, 2])))
for arg in [[256], [-1], "str", 1.5, -1, ["a"]]:
    try:
        bytes(arg)
    except (ValueError, TypeError) as e:
        print(repr(arg), type(e).__name__ + ":", e)
b = b"hello world"
print(b[0], b[-1], b[1:3], b[::-2], b[100:], list(b[:3]), 104 in b, b"lo" in b, b.find(111))
try:
    256 in b
except ValueError as e:
    print("ValueError:", e)
try:
    "h" in b
except TypeError as e:
    print("TypeError:", e)
print(b + b"!", b * 2, 2 * b"ab", b"" * 5, b"ab" < b"b", b"ab" == "ab", b"abc"[1:] == b"bc", hash(b"x") == hash(b"x"))
print(bytes.fromhex("00ff 10"), b"\x00\xff".hex())
try:
    bytes.fromhex("0g")
except ValueError as e:
    print("ValueError:", e)
print(repr(b"\x00\t\n\r'\"\\\x7f\x80"), str(b"q"), repr(b"'"), repr(b"'\""))
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    b + "s"
except TypeError as e:
    print("TypeError:", e)
