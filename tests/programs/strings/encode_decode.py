# str.encode and bytes.decode with error handlers and codecs.
s = "añ€😀"
for enc in ["utf-8", "latin-1", "ascii"]:
    for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
        try:
            print(enc, errors, s.encode(enc, errors))
        except UnicodeEncodeError as e:
            print(enc, errors, "UnicodeEncodeError:", e)
data = b"a\xf1\xe2\x82\xac\xff"
for errors in ["strict", "ignore", "replace", "backslashreplace"]:
    try:
        print(errors, repr(data.decode("utf-8", errors)))
    except UnicodeDecodeError as e:
        print(errors, "UnicodeDecodeError:", e)
print(data.decode("latin-1"), repr(b"\x80abc".decode("ascii", "replace")), "x".encode(), "x".encode("UTF8"), "x".encode("Latin1"))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
try:
    b"x".decode("utf-8", "no-such-handler")
except LookupError as e:
    print("LookupError:", e)
