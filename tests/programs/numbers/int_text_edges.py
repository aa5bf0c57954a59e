# The decimal text of ints at the edges of the machine word, through
# str(), repr(), f-strings and %-formatting.
values = [0, -0, 1, -1, 9, 10, -10, 99, 100, 12345, -98765,
          2**31, -2**31, 2**62, 2**63 - 1, -2**63, 2**63, -2**63 - 1, 10**19, -10**20]
for v in values:
    print(str(v), repr(v), f"{v}", f"{v!r}", f"{v!s}", "%d" % v, f"[{v}]")
print([str(i) for i in range(-3, 4)], "".join(str(i) for i in range(12)))
print(str(True), f"{False}", repr(True), f"{True!r}")


class MyInt(int):
    def __repr__(self):
        return "MyInt!"


print(str(MyInt(5)), repr(MyInt(5)), f"{MyInt(5)}", f"{MyInt(5)!r}")


class MyFloat(float):
    def __str__(self):
        return "my float"


class MyStr(str):
    def __str__(self):
        return "my str"


print(f"{MyFloat(1.5)}", f"{MyFloat(1.5):.2f}", format(MyFloat(2.0)), f"{MyStr('x')}", f"{MyStr('x'):>3}")
