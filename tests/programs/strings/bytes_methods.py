# bytes: decode with CPython's error messages, hex, split/join/strip/replace, encode errors.
print(b"caf\xc3\xa9".decode(), b"abc".decode("ascii"), b"a\xffb".decode(errors="replace"))
for data, enc in [(b"\xff", "utf-8"), (b"\xe2\x82", "utf-8"), (b"a\xe2", "utf-8"), (b"\xe2(a", "utf-8"), (b"ab\xe9", "ascii")]:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print(e)
print(b"ab".hex(), bytes.fromhex("de ad be ef"), b"a,b,,c".split(b","), b"  x y ".split(), b"-".join([b"a", b"b"]))
print(b"hello".replace(b"l", b"L"), b"hello".find(b"ll"), b"hello".count(b"l"), b"  pad ".strip(), b"Ab".upper(), b"Ab".lower())
print(b"hello".startswith(b"he"), b"hello".endswith((b"x", b"lo")), b"abc".find(99))
print("é".encode("latin-1"), "aé".encode("ascii", "replace"), "aé".encode("ascii", "ignore"))
