# How str.format splits a field into name, conversion and spec.
for fmt in ["{!}", "{0!rx}", "{a{b}", "{0[}", "{0!r", "{0:", "{0:{1}", "{0[a]b}", "{0[}]}", "{0!r:>5}", "{:{}{}}x", "{0[:]}", "é{0}ü{0!r:^7}é"]:
    try:
        print(repr(fmt), repr(fmt.format({":": "colon", "}": "brace", "a": "A"}, "B", "C")))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
