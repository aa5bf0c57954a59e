# f-string conversions and = specifier with assorted value types.
import math
values = [0, -1.5, "tab\there", "quote'\"", b"by\x00tes", [1, "a"], {"k": None}, (1,), None, True, 1e-7, math.inf, "ü€😀"]
for v in values:
    print(f"{v!s}|{v!r}|{v!a}|{v=}|{v=!s}")
n = 12.3456
print(f"{n=:.2f}", f"{n = :>10.1f}", f"{n=!r:>12}", f"{(n * 2)=:.0f}", f"{n:=^+12.3f}")
print(f"{'nested ' + f'{n:.1f}'}", f"{3 + 4 = }", f"{[x for x in 'ab']!r:>12}", f"{ {'a': 1}['a'] }")
