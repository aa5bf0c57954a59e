# str subclass instances passed to str APIs as arguments (separators,
# prefixes, fill values, keys); the results are plain str.
class S(str):
    pass
sep = S(", ")
parts = [S("a"), "b", S("c")]
joined = sep.join(parts)
print(joined, type(joined).__name__)
print("-".join(parts), type("-".join(parts)).__name__, type(S("").join([S("only")])).__name__)
print("abc".startswith(S("ab")), "abc".endswith((S("x"), S("bc"))), S("b") in "abc", "abc".find(S("c")))
print("a-b-c".split(S("-")), "a-b".replace(S("-"), S("+")), "x".center(5, S("*")), "abc".strip(S("ac")))
print("k=v".partition(S("=")), "{}{}".format(S("p"), S("q")), "%s%s" % (S("r"), S("t")), f"{S('u')}{S('v')}")
print(str.upper(S("up")), str.__len__(S("four")), S("a") < "b", "b" > S("a"), max(S("m"), "n"), min([S("z"), "y"]))
print(int(S("42")), float(S("1.5")), complex(S("1+2j")), bytes(S("hi"), "ascii"), S("ab").encode())
print(list(map(len, [S("xx"), S("yyy")])), sorted([S("b"), S("a")], key=str.lower), ord(S("A")), S("x") * 0 == "")
print(dict.fromkeys([S("k")]), {S("k"): 1} == {"k": 1}, S("key") in {"key": 1}, {"key": 1}[S("key")])
print(getattr("abc", S("upper"))(), hasattr([], S("append")))
class Obj:
    pass
o = Obj()
setattr(o, S("dyn"), 1)
print(o.dyn, vars(o))
print(int(S("ff"), 16), int(S(" 7 ")), "abc".translate({ord(S("a")): S("A")}), "a\tb".expandtabs(2))
print(sorted(S("hello")), set(S("aab")) == {"a", "b"}, S("hello").count(S("l")), S("hi") == "hi")
