//! Strings and f-strings: prefixes, bytes, the `u` kind, escapes, implicit
//! concatenation, triple quotes, and f-strings with conversions, format
//! specs, `=` debug fields, nesting and several lines. The expected trees
//! are CPython 3.11's, recorded by `scripts/record_parser_snapshots.py` from
//! the sources listed here.

#[macro_use]
mod common;

snapshot_tests! {
    string_prefixes: Exec, r#"'a'
"b"
r'\d'
R'\d'
u'x'
''
"#;
    uppercase_u_prefix: Exec, "U'x'\nU'x' 'y'\n";
    quotes_inside_strings: Exec, r#"'"'
"'"
'\''
"\""
'''a'b"c'''
"""a"b'c"""
"#;
    escape_sequences: Exec, r"'\n\t\r\\\'\a\b\f\v\0'
'\x41\101\u00e9\U0001F600\N{BULLET}'
'\q'
'line\
continued'
";
    raw_strings: Exec, r#"r'\n\x41'
r'\''
r"\\"
rb'\d'
"#;
    bytes_literals: Exec, r"b'a'
B'b'
br'\x'
Rb'x'
b'\x00\xff\n'
b''
b'a' b'b'
";
    unicode_kind: Exec, r"u'a'
u'a' 'b'
'a' u'b'
u'a' u'b'
(u'a'
 'b')
";
    implicit_concatenation: Exec, r"'a' 'b'
'a' \
'b'
('a'
 'b'
 'c')
x = ('a'  # comment
     'b')
'a' '' 'b'
";
    triple_quoted_strings: Exec, r#"'''one line'''
"""
two
lines
"""
x = '''a
b''' + 'c'
f('''
''')
"#;
    non_ascii_strings: Exec, "x = 'é' + '日本'\ny = 'a' 'ü'\nz = f'é{x}ü{y!r}'\n";
    docstrings: Exec, r#""""Module docstring."""
def f():
    """Function docstring."""
class A:
    'Class docstring.'
"#;
    fstring_basics: Exec, r"f'a{b}c'
f'{a}{b}'
f''
f'plain'
F'{x}'
f'{ a }'
f'{a}'
";
    raw_fstrings: Exec, r"rf'{x}\n'
fr'\d{x}'
Rf'{x}'
fR'\{x}'
";
    fstring_conversions: Exec, "f'{a!r}'\nf'{a!s}'\nf'{a!a}'\nf'{a.b!r} and {c[0]!s}'\n";
    fstring_format_specs: Exec, r"f'{a:10}'
f'{a:>10}'
f'{a:>{width}}'
f'{a:{w}.{p}f}'
f'{a!r:^20}'
f'{x:%Y-%m-%d}'
f'{a:}'
f'{a:{b}}'
";
    fstring_debug: Exec, r"f'{a=}'
f'{a = }'
f'{a=!s}'
f'{a=:>10}'
f'{a.b=}'
f'{a + b=}'
f'x {a=} y'
";
    fstring_braces_and_escapes: Exec, r"f'{{}}'
f'{{{a}}}'
f'{{a}}'
f'\n{a}\t'
f'{a}\N{BULLET}'
f'\x41{a}'
";
    fstring_expressions: Exec, r#"f'{a + b}'
f'{a["k"]}'
f'{(lambda: 1)()}'
f'{x if y else z}'
f'{*a,}'
f'{a, b}'
f'{yield}'
f'{(x := 1)}'
f'{[x for x in y]}'
f'{ {a: b} }'
"#;
    nested_fstrings: Exec, r#"f'{f"{a}"}'
f"{f'{a:{b}}'}"
f'''{f'{x}'}'''
f'{a:{b}{c}}'
f"{'a' 'b'}"
"#;
    fstring_concatenation: Exec, r"'a' f'{b}' 'c'
f'{a}' f'{b}'
'x' f'y'
f'x' 'y'
u'a' f'{b}'
f'{a}' '' f''
";
    multi_line_triple_quoted_fstrings: Exec, r"f'''
{a}
  {b
   + c}
'''
x = f'''first {a!r}
second {b:>{w}}
{c=}'''
";
    fstring_line_continuations: Exec, r"f'a\
{b}'
x = (f'{a}'
     f'{b}'
     'c' f'{d!r}')
";
    fstring_positions_after_quotes: Exec, r#"x = f"{a['b']!r} {c:{d}}"
y = f'{"nested"}' + f'{ a }{  b  }'
"#;
    fstring_in_calls: Exec, "print(f'{x}', f'{y!r:>3}')\nf(a=f'{b}', *[f'{c}'])\n";
}
