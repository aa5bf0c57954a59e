# repr of strings: quote choice and escapes.
for s in ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline",
          "back\\slash", "\x00\x7f", "\u00e9", "\u200b", "\U0001F600", "\r", "\x1b[0m"]:
    print(repr(s))
print(ascii("café ☃ \U0001F600"), ascii("plain"), ascii(["é"]))
print(str("a\nb"))
print([("x", "y's")], {"k": "v\n"})
