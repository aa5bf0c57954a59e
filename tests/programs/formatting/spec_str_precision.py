# Precision truncates strings; width pads them; other types reject.
s = "abcdefgh"
for spec in [".3", ".0", "10.3", "<10.5", ">10.5", "^10.5", "*^8.2", ".20", "s", ".3s"]:
    print(repr(spec), repr(format(s, spec)))
print(repr(format("", "5")), repr(format("", ".0")), repr(f"{'é' * 3:.2}"))
for bad in ["d", "x", "f", "+", " ", ",", "_", "#"]:
    try:
        format(s, bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
print(format(None, ""), format(True, ""), format(True, "^6"), format(False, "5"))
try:
    format(None, "5")
except TypeError as e:
    print("TypeError:", e)
try:
    format(object(), "x")
except TypeError as e:
    print("TypeError:", e)
try:
    format([1], ">5")
except TypeError as e:
    print("TypeError:", e)
print(format([1, 2], ""), format((1,), ""), format({"a": 1}, ""))
