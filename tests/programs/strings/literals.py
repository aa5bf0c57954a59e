# String literal forms: raw, triple-quoted, escapes, implicit concatenation.
print(r"raw\n\t", "tab:\t|", "\\", "\'", "\"")
print("""multi
line""", '''single
quotes''')
print("implicit " "concatenation " 'works')
print("\x41\u0042\U00000043\101\N{BULLET}")
print(len("\n"), len(r"\n"), "a\
b")
x = 7
print(f"{x}" "plain" f"{x + 1}")
print(b"bytes\x00\xff", rb"raw\d", B"up")
