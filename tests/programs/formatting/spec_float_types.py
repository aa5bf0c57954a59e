# Float presentation types at boundaries: e, f, g, %, n, and none.
values = [0.0, -0.0, 1.0, 0.1, 1e-5, 1e-4, 123456.0, 1234567.0, 1e16, 1e17, 2.5, 3.5, 1/3, float("inf"), float("-inf"), float("nan")]
for v in values:
    print(repr(v), format(v, ""), format(v, "e"), format(v, ".2e"), format(v, "f"), format(v, "g"), format(v, ".3g"), format(v, "%"), format(v, ".1%"), format(v, "G"), format(v, "E"))
for v in values[:8]:
    print(format(v, "+"), format(v, " "), format(v, "-"), format(v, "+.2f"), format(v, " 10.3"), format(v, ".0"), format(v, ".1"), format(v, "z.1f"))
print(format(-0.0001, "z.2f"), format(-0.0, "z"), format(-0.0, "zg"), format(0.5, ".0f"), format(1.5, ".0f"), format(2.675, ".2f"))
print(format(1e300 * 1e10, "F"), format(float("nan"), "F"), format(float("nan"), "+"), format(float("-inf"), "010"))
for bad in ["d", "x", "c", "s", ",n"]:
    try:
        format(1.5, bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
