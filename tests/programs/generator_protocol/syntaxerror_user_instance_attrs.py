# SyntaxError instances created by user code have msg/filename/lineno/offset/text attributes.
e = SyntaxError("unexpected token")
print(repr(e.msg), e.filename, e.lineno, e.offset, e.text, e.args)
e2 = SyntaxError("bad", ("file.py", 3, 7, "x = = 1\n"))
print(repr(e2.msg), e2.filename, e2.lineno, e2.offset, repr(e2.text), str(e2))
class ParseError(SyntaxError):
    pass
try:
    raise ParseError("expected )")
except SyntaxError as err:
    print(type(err).__name__, err.msg, err.lineno)
