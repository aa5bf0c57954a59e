# print with sep, end, multiple values, and file=None.
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=", ", end=".\n")
print("no newline", end="")
print(" then newline")
print(1, 2.5, None, True, [1], (2,), {"k": "v"}, sep="|")
print(*range(5), sep=" < ")
print("x", end="")
print("y", sep="ignored")
print("z", file=None)
print(sep="-", end="!\n")
try:
    print("a", sep=1)
except TypeError as e:
    print("TypeError:", e)
try:
    print("a", bad=1)
except TypeError as e:
    print("TypeError:", e)
