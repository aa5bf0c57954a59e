# The alternate form (#) and zero padding for each presentation type.
for n in [0, 1, -1, 255, -255, 2**40]:
    print(format(n, "#x"), format(n, "#X"), format(n, "#o"), format(n, "#b"), format(n, "#012x"), format(n, "-#10o"))
for f in [1.0, 0.5, 100.0, 1e20, 0.0001, -2.0]:
    print(format(f, "#g"), format(f, "#.0f"), format(f, "#.0e"), format(f, "#.3g"), format(f, "g"), format(f, ".0f"))
print(format(5, "#d") if False else "skip", format(1.5, "#"), format(10.0, "#"))
try:
    format(5, "#c")
except ValueError as e:
    print("ValueError:", e)
try:
    format("x", "#")
except ValueError as e:
    print("ValueError:", e)
print(format(97, "c"), format(0x1F600, "c") == "\U0001F600", format(65, "*>4c"))
try:
    format(-1, "c")
except OverflowError as e:
    print("OverflowError:", e)
try:
    format(65, "+c")
except ValueError as e:
    print("ValueError:", e)
