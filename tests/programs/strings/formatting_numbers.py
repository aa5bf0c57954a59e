# Numbers as text: str/repr of floats and big ints, thousands separators, rounding in formats.
for x in [0.1 + 0.2, 1e-7, 123456789.123456789, 2.0 ** 60, -0.0, 1.0e16, 5e-324, 1.7976931348623157e308]:
    print(repr(x), f"{x:.3g}", f"{x:,.2f}" if abs(x) < 1e20 else "big", f"{x:e}")
print(f"{2**64:,}", f"{-(10**12):_}", f"{255:#_b}", f"{123456:>12,}", f"{0.000123:.2%}")
print("%.3f" % 2.0005, "%.2f" % 0.125, "%.1f" % 0.25, "%.0f" % 0.5, "%.0f" % 1.5, "%g" % 100000, "%g" % 1000000)
print(str(10**25), repr(-10**25), int("-" + "9" * 30) + 1, 7.0, 7.10, 1e100)
print(round(0.1 + 0.2, 10), round(1e20, -19), round(123.456, -1), format(1e22, "f"))
