# Integer presentation types with signs, widths, fill and big values.
for n in [0, 7, -7, 255, -255, 10 ** 20, -(2 ** 64)]:
    print(f"{n:d}|{n:+d}|{n: d}|{n:x}|{n:#X}|{n:o}|{n:#b}|{n:e}|{n:.2%}|{n:_d}|{n:>+12,}|{n:^#14x}|{n:012_}")
print(f"{65:c}{66:c}", f"{True:x}", f"{False:#b}", f"{3:.1f}", f"{3:g}", f"{10**16:g}", f"{12345:.3e}", f"{-3:n}")
for bad in ["#c", "+c", ",c", ".1d", "=s"]:
    try:
        format(65, bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
