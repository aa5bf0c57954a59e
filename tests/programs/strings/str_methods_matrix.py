samples = ["Hello World", "  padded  ", "UPPER lower", "123abc", "", "tab\tsep", "a-b_c d"]
for s in samples:
    print(repr(s), s.isalnum(), s.isalpha(), s.isdigit(), s.islower(), s.isupper(), s.istitle(), s.isspace(), s.isprintable())
for s in samples:
    print(repr(s.strip()), repr(s.lstrip(" H")), repr(s.rstrip("d ")), s.capitalize(), s.swapcase(), s.title())
for s in samples:
    print(s.find("l"), s.rfind("l"), s.count("a"), s.startswith("a"), s.endswith(" "), len(s.split()), s.ljust(12, ".") + "|")
print("x".center(6, "-"), "abc".center(6), "abc".center(2), "-".join("abc"), "ab".join(["1", "2", "3"]))
print("a.b.c".split(".", 1), "a.b.c".rsplit(".", 1), "  a  b  ".split(" "), "a\nb\r\nc".splitlines(True))
print("%s" % "abc".replace("", "-"), "aaa".replace("a", "b", 2), "abcabc".removeprefix("abc"), "file.txt".removesuffix(".txt"))
print("Straße".lower(), "ǅ".lower(), "ﬃ".upper(), "ΌΣΟΣ".lower(), "İstanbul".casefold())
