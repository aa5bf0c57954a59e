a = 'single', "double", '''triple
over lines''', """also
triple"""
b = r'\d', R"\n", b'bytes', B"x", u'u', U"u", br'x', Rb'x', bR"x", rB'x', BR'x', rb"x"
c = f'{x}', F"{y!r:>{w}}", fr'{z}\d', Rf"{a}", fR'{b}', rF"x"
d = 'with \' escape', "with \" escape", 'a\
continued', "two \
line \
continuation"
e = '''with '' and ' inside''' + """x"" """
f = 'abc' 'def' "ghi"
g = ''''a''', """"b"""
h = f"{'nested'}" f'{"quotes"}'
i = 'é', "日本語", '\N{BULLET}', '\x00'
