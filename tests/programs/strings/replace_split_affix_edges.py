# str.replace, str.split with one separator, startswith/endswith: the
# common cases and their edges.
s = "a_b_c__d_"
print(s.replace("_", "-"), s.replace("_", "-", 2), s.replace("_", "", -1))
print(s.replace("_", "-", 0) is s, s.replace("x", "y") is s, s.replace("__", "=") )
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"))
print("héllo wörld".replace("ö", "o"), "héllo".replace("l", "L", 1), "ab".replace("b", "ü"))
print("aaa".replace("a", "aa"), "aaa".replace("aa", "b"), "x".replace("x", ""))


class Text(str):
    pass


t = Text("a-b")
print(type(t.replace("-", "+")).__name__, type(t.replace("z", "+")).__name__, t.replace("z", "+") is t)
print("a,b,,c,".split(","), ",".split(","), "".split(","), "abc".split(","))
print("a b".split(" "), "a  b ".split(" "), "é,ü".split(","), "a,b,c".split(",", 1))
print("x1x2x".split("x"), "x1x2x".split(sep="x"), "1x2".split("x", maxsplit=0))
try:
    "abc".split("")
except ValueError as error:
    print(error)
print("item_12".startswith("item_1"), "item_2".startswith("item_1"), "abc".endswith("bc"))
print("abc".startswith(("x", "a")), "abc".endswith(("x", "y")), "abc".startswith("b", 1))
print("abc".startswith(""), "".startswith(""), "abc".endswith("", 5), "abc".startswith(Text("ab")))
try:
    "abc".startswith(1)
except TypeError as error:
    print(error)
try:
    "abc".startswith(("a", 1))
except TypeError as error:
    print(error)
try:
    "abc".replace(1, "x")
except TypeError as error:
    print(error)
