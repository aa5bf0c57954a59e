# f-strings: plain fields, conversions, format specs, nested specs,
# the = specifier, adjacent literals, and expressions in fields.
name = 'world'
width = 10
value = 3.14159
plain = f'hello'
simple = f'hello {name}'
conversions = f'{name!r} {name!s} {name!a}'
spec = f'{value:.2f}'
nested_spec = f'{value:{width}.{2}f}'
debug = f'{name=} {value = :.1f} {width=!s}'
adjacent = 'a' f'{name}' 'b' f'{width}'
expression = f'{name.upper() + "!"} {[x for x in range(3)]} {width * 2}'
braces = f'{{literal}} {name}'
multiline = f'''
{name}
{width:>{width}}
'''
empty_spec = f'{name:}'
dict_access = f"{mapping['key']}"
