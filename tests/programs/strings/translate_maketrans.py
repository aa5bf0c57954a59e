# str.maketrans and str.translate with dicts, strings, deletions and errors.
t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()), "abcd-abcd".translate(t))
print("hello".translate({ord("l"): None, ord("o"): "0"}), "hello".translate({104: 72}), "abc".translate({}))
print(str.maketrans({"a": "1", "b": None, 99: "3"}) == {97: "1", 98: None, 99: "3"}, "abc".translate(str.maketrans({"a": "AA"})))
for args in [("ab", "c"), ({"ab": 1},), (1,), ("a", "b", 5)]:
    try:
        str.maketrans(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
class Lookup:
    def __getitem__(self, code):
        if code == ord("x"):
            return "[x]"
        raise LookupError
print("axbx".translate(Lookup()))
try:
    "a".translate({97: 1.5})
except TypeError as e:
    print("TypeError:", e)
print("a".translate({97: 0x1F600}) == "\U0001F600", "ab".translate({97: ""}))
