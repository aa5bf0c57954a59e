# splitlines recognises every line boundary; partition/rpartition edge cases.
text = "a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l"
print(text.splitlines())
print(text.splitlines(keepends=True)[:4], "".splitlines(), "\n".splitlines(), "x\n\n".splitlines(True))
print("no newline".splitlines(), "trailing\r\n".splitlines(), "\r\n\r\n".splitlines())
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("abc"), "abc".rpartition("x"), "".partition("x"))
print("a\tb c\nd".split(), "a\x1cb".split(), "a\u3000b".split(), "a\xa0b".split(), "a\u200bb".split())
