# Padding and alignment count code points, not bytes or display width.
for s in ["abc", "é", "日本", "a\u0301", "😀", ""]:
    print(repr(f"{s:>6}"), repr(f"{s:*^7}"), repr(s.ljust(4, "·")), repr(s.center(5)), len(s))
print("{:>3}|{:<3}|{:^3}".format("éé", "ü", "ñ"), "%-4s|%4s" % ("日", "本"))
print(repr(str.rjust("x", 3, "é")), "x".zfill(3), "é".zfill(3), "-é".zfill(4))
