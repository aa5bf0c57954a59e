# f-strings, str.format and % side by side, nested format specs, braces.
print(f"{'a':*^9}", f"{3.14159:+.2e}", f"{-5:=+6d}", f"{'x'!r:>5}", f"{1e6:,.0f}")
print("{:.2s}|{:5}|{:<5}|{:>5}".format("hello", 12, "ab", "cd"))
print("%-6s|%6.2f|%+d|%x|%o|%e" % ("ab", 3.14159, 5, 255, 8, 12345.678))
print("{0}{1}{0}".format("ab", "-"), "{!r}".format("q"), "{:%}".format(0.5))
print(format(3, "b"), format(-3, "08b"), format(1234567.891, ",.2f"), format(0.1, ".17f"))
print("{:^10.3f}".format(2 / 3), "{:e}".format(0), "{:g}".format(1e-5), "{:G}".format(1e20))
name, n = "x", 3
print(f"{name}{n}{name * n}{n ** n}{[n] * 2}{ {n: name} }")
print(f"{'{'}{'}'}", f"{{}}", f"{n:{'>'}{5}}")
