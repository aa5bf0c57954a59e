words = ["naïve", "straße", "Ελληνικά", "日本語", "emoji😀", "ǅungla", "ﬁne"]
for w in words:
    print(w, len(w), w.upper(), w.lower(), w.title(), w.casefold(), w.swapcase(), w.isalpha())
print("straße".upper().lower(), "ß".casefold() == "ss", "İ".lower(), len("İ".lower()))
print([c for c in "a😀b"], "a😀b"[1], "a😀b"[::-1], ord("😀"), hex(ord("é")))
print("日本語".encode("utf-8"), b"\xe6\x97\xa5".decode("utf-8"), "é".encode("latin-1"))
print(ascii("naïve 😀"), repr("tab\there"), repr("quote'\""), repr("\x00\x7f\x80"))
print("①②".isdigit(), "①".isdecimal(), "²".isnumeric(), "Ⅷ".isnumeric(), "٣".isdecimal(), int("٣٤"))
print("   ".isspace(), "\u2003".isspace(), "abc".isidentifier(), "1abc".isidentifier(), "_x".isidentifier())
print(sorted(["b", "B", "a", "é", "Z", "z"]), "a" < "B", "é" > "z")
print("Hello".center(11, "*"), "x".rjust(4, "·"), "日本".ljust(5, "-") + "|")
print("ab\u0301c", len("ab\u0301c"), "\N{GREEK SMALL LETTER ALPHA}", "\u00e9" == "é")
print("straße".find("ß"), "ΣΑΣ".lower(), "Σ".lower(), "ῼ".upper(), "ǆ".title())
print("a\tb\tc".expandtabs(4), "line1\r\nline2\rline3\nline4".splitlines(), "x\u2028y".splitlines())
