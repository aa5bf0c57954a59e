# Case mapping edge cases: special casing, title, capitalize, casefold, swapcase.
for s in ["ß", "ﬃ", "İstanbul", "ǆ", "ΣΑΣ ΟΔΟΣ", "ŉ", "hello WORLD", "o'neil mc-donald", "123abc", "ǳwon", "ÉCOLE"]:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.casefold(), s.swapcase())
print("ß".upper() == "SS", "ß".casefold() == "ss", "Straße".casefold() == "STRASSE".casefold(), "ǅ".istitle(), "ǅ".isupper(), "ǅ".islower())
