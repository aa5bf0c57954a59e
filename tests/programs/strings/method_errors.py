s = "hello world"
cases = [
    lambda: s.index("z"),
    lambda: s.rindex("q"),
    lambda: s.split(""),
    lambda: s.center(20, "ab"),
    lambda: s.ljust("5"),
    lambda: s.join([1, 2]),
    lambda: ",".join(["a", None]),
    lambda: s.replace(1, "x"),
    lambda: s.startswith(["h"]),
    lambda: s.count(),
    lambda: s.encode("no-such-codec"),
    lambda: "é".encode("ascii"),
    lambda: s.zfill(),
    lambda: s.expandtabs("x"),
    lambda: s[100],
    lambda: s["a"],
    lambda: s.partition(""),
    lambda: s.strip(5),
    lambda: str.upper(5),
    lambda: s.removeprefix(None),
    lambda: "%d" % "x",
    lambda: "{0}{1}".format(1),
    lambda: "{a}".format(b=1),
    lambda: "{".format(),
    lambda: "}".format(),
    lambda: "{0:x}".format("s"),
    lambda: "{!z}".format(1),
    lambda: "abc" * -1 + "ok",
    lambda: "abc" * "2",
    lambda: ord("ab"),
    lambda: chr(-1),
    lambda: chr(0x110000),
]
for i, case in enumerate(cases):
    try:
        print(i, repr(case()))
    except Exception as e:
        print(i, type(e).__name__, e)
