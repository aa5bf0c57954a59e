# replace with counts, translate/maketrans, encode.
s = "banana"
print(s.replace("a", "o"), s.replace("a", "o", 2), s.replace("na", ""), s.replace("", "-"), s.replace("x", "y"))
print(s.replace("", "|", 3), "aaa".replace("a", "aa"))
table = str.maketrans("abc", "xyz")
print("aabbcc".translate(table))
print("hello".translate(str.maketrans({"l": "L", "o": None})))
print("hello".translate({ord("h"): "J"}), str.maketrans("ab", "cd", "e") == {97: 99, 98: 100, 101: None})
print("héllo".encode(), "abc".encode("ascii"), "€".encode("utf-8"), len("€".encode()))
print(b"caf\xc3\xa9".decode(), b"abc".decode("ascii"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
