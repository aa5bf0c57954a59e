# Assorted str behaviour: str() of objects, immutability, methods as values.
s = "hello"
try:
    s[0] = "J"
except TypeError as e:
    print("TypeError:", e)
up = str.upper
print(up("abc"), list(map(str.lower, ["A", "B"])), s.upper.__name__)
print(str.join(",", ["a", "b"]), str.upper.__name__)
print("abc".__class__.__name__, type("") is str, isinstance("x", str))
print("a" in "abc", "abc".index("c"), "x".join("123"))
print(" ".join(["a", "b"]).split(" ") == ["a", "b"])
print("%s" % "only", "a" "b" * 2)
print(str(), repr(str()), bool(str()))
print("Hello"[1:3] * 2 + "!")
