# str(bytes, encoding, errors) decodes with the named codec and error handler.
for t in ["str(b'abc', 'ascii')", "str(b'\\xff', 'utf-8', 'replace')", "str(b'\\xff', 'ascii')", "str(b'\\xff', 'latin-1')",
          "str(b'a\\xffb', 'utf-8', 'ignore')", "str(b'a\\xe9b', 'ascii', 'replace')", "str(b'\\xe9', 'ascii', 'ignore')",
          "str(b'caf\\xc3\\xa9', encoding='utf-8')", "str(b'\\xc3', 'utf-8')", "str(b'a', 1)", "str(b'a', errors=1)",
          "str(bytearray(b'ab'), 'ascii')", "str(memoryview(b'ab'), 'ascii')", "str(1, 'ascii')", "str('a', 'ascii')",
          "str(b'a', 'nope')", "str(b'\\xff', errors='replace')", "str(b'\\xff', 'utf-8', 'bogus')", "str(b'ok', 'utf-8', 'bogus')",
          "str(b'abc', 'UTF8')", "str(b'\\xe9', 'iso-8859-1')"]:
    try:
        print(t, repr(eval(t)))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
