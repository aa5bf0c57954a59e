# str methods with unusual arguments: negative/huge bounds, None, tuples.
s = "abcabcabc"
print(s.find("c", -3), s.find("c", -100, 100), s.find("c", 5, 2), s.rfind("a", None, None), s.index("b", -5))
print(s.count("a", -4), s.count("", 2, 5), s.count("", 20), s.startswith("", 9), s.startswith("", 10), s.endswith("c", -100, 3))
print(s.startswith(("x", "ab"), 3), s.endswith(()), s.startswith("abc", -9, -6), s.find("", 100), s.rfind("", 4))
print(s.replace("a", "A", 0), s.replace("a", "A", -1), s.replace("", "-"), s.replace("", "-", 2), "".replace("", "x"))
print(s.split("b", -1), s.rsplit("b", 1), s.split("b", 0), s.split(maxsplit=1), "  a  b  ".split(None, 1), "  a  b  ".rsplit(None, 1))
print(s.center(12, "*"), s.center(4), "ab".center(5, "-"), "abc".center(6, "-"), s.ljust(-5), s.zfill(12), "-42".zfill(6), "+x".zfill(4), "".zfill(3))
print(s.strip("ca"), s.lstrip("ab"), s.rstrip("bc"), s.strip(""), "xxhixx".strip("x"), "  \t\n ".strip() == "", s.strip(None))
print("a\tb\tc".expandtabs(), "a\tbc\td".expandtabs(4), "ab\t".expandtabs(0), "x\ty\nab\tz".expandtabs(3))
print("hello world".title(), "they're bill's".title(), "ǅemo".swapcase(), "ß".upper(), "ﬁ".upper(), "İ".lower() == "i\u0307", "ΣΑΣ".lower())
print("abc".removeprefix("ab"), "abc".removeprefix("x"), "abc".removesuffix("bc"), "abc".removesuffix(""), "aaa".removeprefix("a"))
for call in [lambda: s.center(10, "ab"), lambda: s.ljust(10, ""), lambda: s.find(1), lambda: s.strip(1), lambda: s.split(1), lambda: s.count(), lambda: s.replace("a"), lambda: s.zfill("3"), lambda: s.startswith()]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
