"""Comparisons, indexing and `in` of strs and sequences: exact strs and the
subclasses and odd operands whose own methods or rules must win."""

class S(str):
    def __eq__(self, other):
        return "S.__eq__"
    def __lt__(self, other):
        return "S.__lt__"
    def __getitem__(self, i):
        return f"S[{i}]"
class T(str):
    pass
a, b = "abc", "ab" + "c"
print(a == b, a != b, a < "abd", a >= "abc", a > "ab", "é" > "e", "日" < "🐍")
print(a == S("abc"), S("abc") == a, a < S("x"), S("x") > a, T("abc") == a, a == T("abc"), T("b") > a)
print("" == "", "" < "a", a == 1, a != None)
try:
    a < 1
except TypeError as e:
    print(e)
s = "héllo🐍"
print(s[0], s[1], s[-1], s[5], S("xyz")[1], T("xyz")[1], "abc"[True])
for bad in (10, -10, 2**70):
    try:
        s[bad]
    except IndexError as e:
        print(type(e).__name__, e)
print(4 in [1, 2, 3, 4], 5 in (1, 2), "b" in ["a", "b"], 1.0 in [1], True in [1], None in [0, None])
print("wor" in "hello world", "" in "x", "🐍" in s, "xyz" in "xy", "lo" in S("hello"))
class E:
    def __eq__(self, other):
        print("E.__eq__ called")
        return other == 3
print(3 in [1, E()], E() in [1, 2])
nan = float("nan")
print(nan in [nan], nan in [float("nan")])
