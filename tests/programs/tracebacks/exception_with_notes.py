# Notes added to an exception appear after its message.
try:
    raise ValueError("bad input")
except ValueError as e:
    e.add_note("while reading line 3")
    e.add_note("of settings.ini")
    raise
