# str/repr/format of floats near the exponent-notation switch points.
for v in [1e15, 1e16, 9999999999999998.0, 1e-4, 0.0001234, 1e-5, 123456789.123, 1.5e300, 2.5e-300, 1e22, 1.0e23, 12345678901234567.0]:
    print(repr(v), str(v), f"{v}", f"{v:g}", f"{v:.12g}", f"{v:e}", f"{v:.3}", f"{v:r}" if False else "")
print(f"{0.1:.20f}", f"{1/3:.17g}", f"{2.5:.0f}", f"{3.5:.0f}", f"{-0.5:.0f}", f"{0.125:.2f}", f"{0.375:.2f}")
print(format(1e100, ".3e"), format(123.456, "10.2e"), format(-1e-10, "+.1E"), format(1.0, ".0e"), format(9.99, ".1e"))
print(float("1e23"), 1e23 == 10 ** 23, float(10 ** 23), int(1e23), repr(1e23 * 10))
