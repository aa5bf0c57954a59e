rows = [("alpha", 1234.5678, -3), ("beta", 0.000123, 45), ("gamma", 1e10, 0), ("delta", -987.6, 1234567)]
for name, x, n in rows:
    print(f"{name:<8}|{x:>14.3f}|{x:>12.3e}|{x:>10.4g}|{n:>+9,d}|{n:^7x}|{n:08b}"[:90])
for name, x, n in rows:
    print("%-8s|%14.3f|%12.3e|%10.4g|%+9d|%7x" % (name, x, x, x, n, n if n >= 0 else -n))
print(f"{0.1:.20f}", f"{1/3:.15g}", f"{2**0.5:.3}", f"{123456789:.3e}", f"{-0.0:+.1f}", f"{5:.2%}")
for width in (1, 5, 10):
    print(f"[{'text':^{width}}][{42:>{width}}][{3.14159:<{width}.2f}]")
print(format(1234567.891, ",.2f"), format(1234567, "_d"), format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"))
print(format(1e-7, "f"), format(1e16, "g"), format(123.456, "010.2f"), format(-42, "=+8d"), format(255, "#010x"))
