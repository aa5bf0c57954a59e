# An unparenthesized generator expression is not allowed as a class base list.
for src in ["class C(x for x in y): pass", "class C((x for x in y)): pass", "class C(A, x for x in y): pass"]:
    try:
        compile(src, "<src>", "exec")
        print("ok     ", repr(src))
    except SyntaxError as e:
        print("error  ", repr(src), "->", e.msg, "line", e.lineno)
