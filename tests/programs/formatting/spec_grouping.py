# Thousands separators in every combination the spec allows.
for n in [0, 5, 999, 1000, -1000, 1234567, -98765432, 10**15]:
    print(format(n, ","), format(n, "_"), format(n, "_x"), format(n, "_b")[-12:], format(n, "_o"), format(n, "015,"))
for f in [0.0, 1234.5, -1234567.891, 1e16, 123456789.0]:
    print(format(f, ","), format(f, ",.2f"), format(f, "_.3f"), format(f, ",e"), format(f, ",g"), format(f, "020,.1f"))
print(format(1234567, "0=+15,"), format(-1234567, ">15_"), format(12345, ",d"), format(12345, "09,"))
for bad in [",x", ",b", ",o", ",_", "_,", ",c"]:
    try:
        print(format(255, bad))
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
try:
    format("s", ",")
except ValueError as e:
    print("ValueError:", e)
