# Format specs for ints: fill, align, sign, width, grouping, bases.
for spec in ["", "5", "<5", ">5", "^5", "05", "+", " ", "-", ",", "_", "x", "#x", "X", "#o", "b", "#b", "_b", "c", "n", "08.3", "=+8", "*^+9,"]:
    try:
        print(repr(spec), repr(format(1234, spec) if spec != "c" else format(65, spec)), repr(format(-42, spec) if spec not in ("c",) else ""))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
print(format(10**20, ","), format(-(10**20), "_x"), format(True, "d"), format(255, "#010x"))
print(f"{12345678:,}", f"{0:#b}", f"{-1:08b}", f"{42:%}", f"{42:e}", f"{42:.2f}")
for bad in ["s", ".2", ",c", "z"]:
    try:
        format(5, bad)
    except ValueError as e:
        print("ValueError:", e)
