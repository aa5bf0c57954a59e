name, value, items = "pi", 3.14159, [1, 2, 3]
print(f"{name}={value:.2f}", f"{name!r:>8}", f"{value = }", f"{value=:.1f}", f"{items[1] + 10 = }")
print(f"{'nested ' + name.upper()}", f"{{literal}}", f"{{{name}}}", f"{len(items)}{len(name)}")
width, precision = 12, 3
print(f"[{value:{width}.{precision}f}]", f"[{name:^{width}}]", f"[{value:<{width}e}]")
print(f"{3 if value > 3 else 4}", f"{(lambda x: x * 2)(21)}", f"{[x * x for x in items]}")
print(f"{1000000:,}", f"{1000000:_}", f"{255:#x}", f"{255:08b}", f"{-42:+d}", f"{42: d}")
print(f"{0.5:%}", f"{1/3:.3%}", f"{12345.678:,.2f}", f"{1e-7:g}", f"{1e20:g}", f"{float('inf'):f}")
print(f"{'abc'!s:5}|{'abc'!a}|{'é'!a}|{3!r}")
d = {"k": 1, "z": [4, 5]}
print(f"{d['k']}", f"{d['z'][-1]}", f"{d!r}", f"{d.get('q', 'none')}")
class P:
    def __format__(self, spec):
        return f"P<{spec}>"
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"
p = P()
print(f"{p}", f"{p:xyz}", f"{p!r}", f"{p!s}", f"{p!r:>6}")
print(f"""multi
{name}
line""")
print(f"{'a' 'b'}", rf"\n{name}", fr"{name}\t", f"{value:{'>'}{10}}")
import math
print(f"{math.pi:.10f}", f"{math.e:010.4f}", f"{-math.pi:=+12.3f}", f"{math.pi:^+12.2f}")
for v in [0, 1, -1, 10**20, 2.5, -0.0]:
    print(f"{v!r:>24}|{v:<10}|")
