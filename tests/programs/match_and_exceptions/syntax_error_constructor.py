# SyntaxError built by hand: the (filename, lineno, offset, text[,
# end_lineno, end_offset]) details tuple fills the attributes and str()
# shows "msg (file, line N)"; a plain SyntaxError has None fields.


def p(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


s = SyntaxError("msg", ("file.py", 3, 5, "bad line", 3, 8))
p("str", lambda: str(s))
p("args", lambda: s.args)
p("attrs", lambda: (s.msg, s.filename, s.lineno, s.offset, s.text, s.end_lineno, s.end_offset))
p("plain", lambda: (str(SyntaxError("only msg")), SyntaxError("m").lineno, SyntaxError("m").msg))
p("4-tuple", lambda: str(SyntaxError("m", ("f", 1, 2, "t"))))
p("no file", lambda: str(SyntaxError("m", (None, 7, 2, "t"))))
p("short tuple", lambda: SyntaxError("m", (1, 2)))
p("IndentationError", lambda: str(IndentationError("ind", ("g.py", 2, 1, "  x"))))
e = SyntaxError("m")
e.lineno = 4
e.filename = "h.py"
p("set attrs", lambda: str(e))
