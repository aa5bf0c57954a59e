# f-strings: nested specs, conversions, = with specs and expressions.
x, w, p = 3.14159, 10, 3
name = "pyvm"
print(f"{x:{w}.{p}f}|{x:>{w}}|{x:{'<' if p else '>'}{w}}|")
print(f"{name!r:>10}|{name!s:^10}|{name!a}|{'ü'!a}|{'ü'!r}")
print(f"{x=}", f"{x = :.2f}", f"{name=!s}", f"{name=!r:>8}", f"{w*2=}", f"{ name = }")
print(f"{'a' + 'b'=}", f"{[i for i in range(3)]=}", f"{x!r:.3}")
print(f"{f'{name}'}", f"{'inner' + f'{w}'}")
d = {"key": [1, 2, {"deep": "v"}]}
print(f"{d['key'][2]['deep']}", f"{d['key'][-1]}", f"{len(d)=}")
print(f"{3:{'0'}{'5'}}", f"{255:#{'x'}}", f"{1234567:{','}}", f"{'s':{'*'}^{7}}")
class P:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"P({self.v!r})"
    def __str__(self): return f"<{self.v}>"
    def __format__(self, spec): return f"fmt[{spec}]"
obj = P("q")
print(f"{obj}", f"{obj!s}", f"{obj!r}", f"{obj:spec}", f"{obj!r:>8}", f"{obj=}", f"{obj=:zz}")
print(f"{'{'}{'}'}", f"{{{x:.1f}}}", f"{{}}", f"{'%d' % 5}")
print(f"{(lambda: 'lam')()}", f"{(yield_ := 7)}", yield_, f"{x if x > 3 else 0:.1f}")
