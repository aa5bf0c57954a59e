# str classification predicates on ASCII, Unicode and empty strings.
samples = ["", "abc", "ABC", "Abc Def", "abc1", "123", "١٢٣", "½", "²", "  ", "\t\n", "a b", "_x", "x_1", "1x", "Ⅻ", "ǅ", "é", "\x00", "class", "ab\u0301"]
for s in samples:
    flags = [s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(), s.islower(), s.isupper(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii()]
    print(repr(s), "".join("1" if f else "." for f in flags))
print("\u2028".isspace(), "\x1c".isspace(), "\x85".isprintable(), "\xa0".isspace(), "\u200b".isspace())
