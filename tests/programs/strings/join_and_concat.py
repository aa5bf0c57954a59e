# join with iterables of all kinds, concatenation and repetition errors.
print("-".join("abc"), "".join(["a", "b"]), ", ".join(map(str, range(4))), "|".join(x.upper() for x in "xy"), " ".join({"k": 1}), "+".join(()))
for bad in [["a", 1], [None], [b"x"], 5]:
    try:
        "".join(bad)
    except TypeError as e:
        print("TypeError:", e)
print("ab" + "cd", "ab" * 0, "ab" * -2, 3 * "x", "a" "b" "c", "x".__add__("y"), "x".__mul__(3), "x".__rmul__(2))
for bad in [lambda: "a" + 1, lambda: 1 + "a", lambda: "a" * 1.5, lambda: "a" * "b", lambda: "a" - "b", lambda: -"a"]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
s = ""
for i in range(5):
    s += str(i)
print(s, len(s), s[::2], s[-1] + s[0])
