# join over lists, tuples, subclasses and iterators; split() and splitlines() edges.
a = "abc"
print(" ".join([a]) is a, "".join((a,)) is a, repr(" ".join([])), repr(",".join(x for x in "xyz")))
class S(str): pass
print(type(" ".join([S("q")])).__name__, " ".join([S("q"), "r"]))
try: " ".join(5)
except TypeError as e: print(e)
try: " ".join(["a", 1])
except TypeError as e: print(e)
class It:
    n = 0
    def __iter__(self):
        It.n += 1
        return iter(["p", "q"])
print("-".join(It()), It.n)
class Bad:
    def __iter__(self): raise ValueError("nope")
try: " ".join(Bad())
except ValueError as e: print("VE", e)
class L(list):
    def __iter__(self): return iter(["over"])
print(" ".join(L(["a", "b"])))
print(" ".join({"k": 1, "j": 2}), "é".join(["a", "b"]), len("é".join(["a", "b"])))
print("a  b\\tc\\x1cd\\x1fe\\x0bf   ".split(), "  a b  ".split(None, 1), "a b c".split(maxsplit=0), " a ".split(None, 0))
print("".split(), "   ".split(), "x".split(), "a\\x85b".split(), "a\\u3000b".split())
d = {}
for w in "the cat the dog the end cat".split():
    d[w] = d.get(w, 0) + 1
print(d)
class K(str):
    def __eq__(self, o): return True
    __hash__ = str.__hash__
d = {K("zz"): 1}
print(d.get("zz"), d.get("zq"))
d["zz"] = 5
print(d)
print("a  b\tc\x1cd\x1fe\x0bf\x1d\x1eg\rh\ni\x0cj   ".split(), "  a b  ".split(None, 1), "a b c".split(maxsplit=0), " a ".split(None, 0))
print("".split(), "   ".split(), "x".split(), "a\x85b".split(), "a\u3000b".split(), "a\x1bb\x7fc\xa0d".split())
print("a b".split(" ", -1), "a,b,,c".split(","), "abc".split(sep=None, maxsplit=-1))
try: "a".split(None, 1, 2)
except TypeError as e: print(e)
try: "a".split(x=1)
except TypeError as e: print(e)
t = "ab\ncd\r\nef\rgh\x0bij\x0ckl\x1cmn\x1dop\x1eqr\x1fst\tuv\x00wx" * 3 + "abcdefghijklmnopq\n" + "x" * 17 + "\r"
print(t.splitlines(), t.splitlines(True), "abcdefgh".splitlines(), "abcdefgh\n".splitlines(), "".splitlines(), "\n\n".splitlines(keepends=True))
print("a\u2028b\x85c".splitlines())
