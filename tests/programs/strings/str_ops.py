# Concatenation, repetition, comparison, iteration, ord/chr, len.
a = "abc"
print(a + "def", a * 3, 3 * a, a * 0, a * -1 == "")
print(list(a), [c.upper() for c in a], sorted("hello"), "".join(reversed(a)))
print(ord("a"), ord("€"), chr(97), chr(8364), chr(0x1F600) == "\U0001F600")
print(len(""), len("hello"), len("日本語"), len("\U0001F600"))
print("a" < "b" < "c", "apple" < "apples", "B" < "a", max("hello"), min("hello"))
print(str(123), str(1.5), str(None), str([1, "a"]), str(b"x"))
print("abc" == "abc", "x".__len__(), "ab".__contains__("b"))
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
