# split, rsplit, splitlines, partition, join.
print("a,b,,c".split(","), "a b  c\t d\n".split(), "  lead trail  ".split(" "))
print("a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 2), "a b c".rsplit(None, 1))
print("".split(), "".split(","), "abc".split("abc"), "x".split("x", 0))
print("one\ntwo\r\nthree\rfour\n".splitlines(), "a\n\nb\n".splitlines(True))
print("key=value=x".partition("="), "key=value=x".rpartition("="), "none".partition("="), "none".rpartition("="))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), " ".join(str(i) for i in range(4)))
try:
    "a".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    "a".partition("")
except ValueError as e:
    print("ValueError:", e)
