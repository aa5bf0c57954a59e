# String literal forms: raw, byte, implicit concatenation, escapes and their errors.
print(r"\n\t", rb"\x00", b"\x41\102", "\x41\102\u0043\U00000044\N{LATIN SMALL LETTER E}", "a" "b" r"\c", len("\
"))
print("""triple "quoted" ''' text""", '''single ''' "mixed", "\0" == "\x00", "\777" == "\u01ff", repr("\a\b\f\v"))
for src in [r'"\x4"', r'"\u12"', r'"\N{NOT A NAME}"', r'b"é"', r'"\U00110000"', '"unterminated', "b'\\u1234' == b'\\\\u1234'"]:
    try:
        print(repr(src), eval(src))
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg)
