# AttributeError and NameError accept name= (and AttributeError obj=)
# keyword arguments, which set the attributes.


def p(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


p("AttributeError", lambda: (lambda a: (a.args, a.name, a.obj))(AttributeError("x", name="n", obj=1)))
p("NameError", lambda: (lambda n: (n.args, n.name))(NameError("y", name="q")))
p("defaults", lambda: (AttributeError("x").name, AttributeError("x").obj, NameError().name))
p("bad kw", lambda: AttributeError("x", other=1))
p("bad kw NameError", lambda: NameError("x", obj=1))
