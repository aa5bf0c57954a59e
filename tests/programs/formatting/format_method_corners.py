# str.format: auto/manual numbering, attributes, indexes and errors.
print("{} {} {}".format(1, 2, 3), "{2} {0} {1} {0}".format("a", "b", "c"))
print("{0[1]} {0[key]} {1.real} {1.imag}".format({1: "one", "key": "k"}, 5))
print("{a[0]}-{a[-1]}".format(a={0: "zero", -1: "neg"}) if False else "{a[0]}".format(a=["z"]))
print("{:{}}|{:{}{}}|".format("x", 5, "y", ">", 4), "{0:{1}.{2}f}".format(3.14159, 8, 2))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>6}".format("q"))
print("{{}} {{{}}}".format(7), "{:%}".format(0.5), "{:,}".format(10**9))
class Obj:
    attr = "A"
    items = ["i0", "i1"]
print("{0.attr} {0.items[1]} {o.attr}".format(Obj, o=Obj()))
print("{} and {named}".format("pos", named="kw"), "{0}{0}".format("dup"))
for fmt, args, kwargs in [("{} {1}", (1, 2), {}), ("{0} {}", (1, 2), {}), ("{5}", (1,), {}), ("{x}", (), {}), ("{", (), {}), ("}", (), {}), ("{0!z}", (1,), {}), ("{0.missing}", (1,), {}), ("{0[5]}", ([1],), {}), ("{:d}", ("s",), {}), ("{0[}", (1,), {}), ("{!}", (1,), {})]:
    try:
        print(fmt.format(*args, **kwargs))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(fmt), type(e).__name__ + ":", e)
print("{0:{fill}{align}{width}}".format("c", fill="~", align="^", width=7))
print("{:.{}}".format("truncate", 3), "{:0>{w}}".format(42, w=6))
print("{a}-{b}".format_map({"a": 1, "b": 2}))
class Missing(dict):
    def __missing__(self, key):
        return f"<{key}>"
print("{a} {b}".format_map(Missing(a="A")))
