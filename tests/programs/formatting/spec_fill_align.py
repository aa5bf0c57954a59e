# Fill characters and alignment for ints, floats and strings.
for value in [7, -7, 3.5, -3.5, "ab"]:
    for spec in ["*<6", "*>6", "*^6", "0>6", "x^7", "<1", "^", "é^5"]:
        print(repr(value), repr(spec), repr(format(value, spec)))
for value in [7, -7, 2.25, -2.25]:
    print(format(value, "=8"), format(value, "*=+8"), format(value, "0=8"), format(value, "08"))
print(format("text", "^10"), format("text", "^9"), format("text", "-^11"))
print(f"{'{'}:{'}'}", format(5, "{^5"), format(5, "}>5"))
try:
    format("s", "=5")
except ValueError as e:
    print("ValueError:", e)
try:
    format("s", "+5")
except ValueError as e:
    print("ValueError:", e)
try:
    format("s", "05")
except ValueError as e:
    print("ValueError:", e)
