# Format spec errors from the builtin types, as raised through format(),
# f-strings and str.format.

def t(label, fn):
    try:
        print(label, repr(fn()))
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, OverflowError) as e:
        print(label, type(e).__name__, e)

t("int bad code", lambda: format(5, "z"))
t("int with precision", lambda: format(5, ".2d"))
t("int s code", lambda: format(5, "s"))
t("float d code", lambda: format(1.5, "d"))
t("str d code", lambda: format("a", "d"))
t("str with sign", lambda: format("a", "+"))
t("str = align", lambda: format("a", "=5"))
t("str , option", lambda: format("a", ","))
t("int c range", lambda: format(-1, "c"))
t("int c ok", lambda: format(65, "c"))
t("int c sign", lambda: format(65, "+c"))
t("both , and _", lambda: format(1000, ",_"))
t("_ with s", lambda: format("x", "_"))
t("int , with x", lambda: format(255, ",x"))
t("int _ with x", lambda: format(65535, "_x"))
t("huge width", lambda: format(1, "9999999999999999999"))
t("None with spec", lambda: format(None, "10"))
t("None no spec", lambda: format(None, ""))
t("list with spec", lambda: format([1], "5"))
t("complex bad", lambda: format(1j, "="))
t("complex ok", lambda: format(1 + 2j, ".1f"))
t("complex zero pad", lambda: format(1j, "010"))
t("bool as int", lambda: format(True, "d"))
t("bool as str", lambda: format(True, ""))
t("bool with width", lambda: format(True, ">6"))
t("float %", lambda: format(0.256, ".1%"))
t("float e", lambda: format(12345.678, ".2e"))
t("float g", lambda: format(0.00001234, "g"))
t("int n", lambda: format(1234, "n"))
t("fill and align", lambda: format("ab", "*^7"))
t("zero-pad str", lambda: format("ab", "05"))
t("z option", lambda: format(-0.0, "z.1f"))
t("# alt", lambda: (format(255, "#x"), format(8, "#o"), format(5, "#b"), format(1.0, "#.0f")))

# errors raised by str.format itself
t("missing positional", lambda: "{} {}".format(1))
t("missing key", lambda: "{name}".format())
t("bad attribute", lambda: "{0.nope}".format(1))
t("index on int", lambda: "{0[0]}".format(1))
t("mix auto and manual", lambda: "{} {0}".format(1))
t("unmatched }", lambda: "a}".format())
t("unmatched {", lambda: "{".format())
t("bad conversion", lambda: "{!x}".format(1))
t("format_map", lambda: "{a}-{b}".format_map({"a": 1, "b": 2}))

# f-string errors surface at runtime
n = 5
s = "txt"
t("fstring bad int spec", lambda: f"{n:q}")
t("fstring str with sign", lambda: f"{s:+}")
t("fstring nested spec", lambda: f"{n:{'>'}{3}}")
t("fstring bad nested", lambda: f"{n:{'z'}}")
