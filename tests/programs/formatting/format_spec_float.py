# Format specs for floats: precision, types, percentages, specials.
x = 1234.5678
for spec in ["", ".2f", "10.2f", "<10.1f", "^12.3e", "e", "E", ".3g", "g", ".10g", "%", ".1%", ",.2f", "_.3f", "+.1f", " .1f", "010.2f", ".0f", "#.0f", "n", ".3"]:
    print(repr(spec), repr(format(x, spec)), repr(format(-x / 1000, spec)))
print(format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), format(1e-7, "g"), format(1e16, "g"), format(123456789.0, ".3g"))
for special in [float("inf"), float("-inf"), float("nan")]:
    print(format(special, ""), format(special, "8.2f"), format(special, "E"), format(special, "+g"))
print(format(0.0, "e"), format(-0.0, ".1f"), format(1e300 * 10, "f"), format(2 / 3, ".15f"))
print(f"{3:.2f}", f"{3:e}", f"{0.1:.20f}")
