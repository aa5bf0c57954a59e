# Error paths of the byte string methods.
def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

for label, thunk in [
    ("find str", lambda: b"abc".find("a")),
    ("count str", lambda: bytearray(b"abc").count("a")),
    ("find 300", lambda: bytearray(b"abc").find(300)),
    ("find no args", lambda: b"abc".find()),
    ("find bad start", lambda: b"abc".find(b"a", "x")),
    ("index missing", lambda: b"abc".index(b"z")),
    ("rindex missing", lambda: bytearray(b"abc").rindex(b"z")),
    ("startswith str", lambda: b"abc".startswith("a")),
    ("endswith list", lambda: bytearray(b"abc").endswith([b"c"])),
    ("split empty sep", lambda: b"abc".split(b"")),
    ("split str sep", lambda: b"abc".split("b")),
    ("partition str", lambda: b"abc".partition("b")),
    ("partition empty", lambda: b"abc".partition(b"")),
    ("strip str", lambda: b"abc".strip("a")),
    ("join int", lambda: b"-".join([b"a", 1])),
    ("join str", lambda: bytearray(b"-").join(["a"])),
    ("replace str", lambda: b"abc".replace("a", b"b")),
    ("center fill str", lambda: b"abc".center(9, "*")),
    ("center fill long", lambda: b"abc".center(9, b"**")),
    ("ljust fill bytearray", lambda: b"abc".ljust(9, bytearray(b"--"))),
    ("translate short", lambda: b"abc".translate(b"abc")),
    ("maketrans lengths", lambda: bytes.maketrans(b"ab", b"c")),
    ("fromhex odd", lambda: bytes.fromhex("a")),
    ("fromhex bad", lambda: bytes.fromhex("zz")),
    ("fromhex split pair", lambda: bytes.fromhex("4 1")),
    ("fromhex late", lambda: bytes.fromhex("41 4x")),
    ("fromhex non-ascii", lambda: bytearray.fromhex("é")),
    ("fromhex int", lambda: bytearray.fromhex(5)),
    ("hex sep long", lambda: b"ab".hex("::")),
    ("hex sep int", lambda: b"ab".hex(1)),
    ("decode bad utf8", lambda: bytearray(b"\xff").decode()),
    ("decode ascii", lambda: b"a\xe9".decode("ascii")),
    ("decode codec", lambda: b"a".decode("nope")),
    ("decode replace", lambda: bytearray(b"a\xffb").decode("utf-8", "replace")),
    ("removeprefix str", lambda: b"abc".removeprefix("a")),
    ("bytes ctor str", lambda: bytes("abc")),
    ("bytes ctor enc without str", lambda: bytes(b"x", "ascii")),
    ("bytes ctor float", lambda: bytes(2.5)),
    ("bytes ctor bad item", lambda: bytes([1, None])),
    ("bytes item 256", lambda: bytes([256])),
    ("bytes index", lambda: b"ab"[2]),
    ("bytes index float", lambda: b"ab"[float(1)]),
    ("sum bytearray", lambda: sum([], bytearray())),
    ("ord long", lambda: ord(bytearray(b"ab"))),
]:
    show(label, thunk)

class Blob:
    def __bytes__(self):
        return b"blob!"

class Wrong:
    def __bytes__(self):
        return "text"

print(bytes(Blob()), bytearray(b"x") + bytes(Blob()), ord(bytearray(b"z")))
show("bytes __bytes__ wrong", lambda: bytes(Wrong()))
