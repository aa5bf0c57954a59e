# f-strings: expressions, conversions, nested specs, = specifier, quotes.
name = "World"
n = 42
pi = 3.14159265
items = [1, 2, 3]
print(f"Hello, {name}!", f"{n + 1}", f"{n * 2:5d}", f"{pi:.3f}", f"{pi:10.2f}|")
print(f"{name!r} {name!s} {name!a} {'é'!a}", f"{items[1]} {items[-1]} {len(items)}")
print(f"{'quoted'} {n if n > 40 else 0} {[x * 2 for x in items]}")
width, prec = 12, 4
print(f"{pi:{width}.{prec}f}|", f"{name:>{width}}|", f"{name:^{width}}|")
print(f"{n=}", f"{pi=:.2f}", f"{name = }", f"{n + 1 = }")
print(f"{{braces}} {n:#x} {n:08b} {1234567:,} {0.25:%}")
d = {"k": "v"}
print(f"{d['k']}", f"{d}", f"{(lambda x: x * 2)(21)}")
class C:
    def __format__(self, spec):
        return f"C<{spec}>"
    def __repr__(self):
        return "C()"
print(f"{C()}", f"{C():xyz}", f"{C()!r}", format(C(), "abc"))
print(f"{'nested {}'.format(1)}", f"{3.0}", f"{None}", f"{True:d}")
