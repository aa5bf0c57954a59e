//! F-string splitting, checked against CPython 3.11's parse of each token:
//! the literal constants and fields of its `JoinedStr`, the position of each
//! field's expression node, its DeprecationWarnings, or its SyntaxError.

use std::ops::Range;

use pyvm_lexer::fstring::{split_fstring, FStringPart};
use pyvm_lexer::string_literal::StringErrorKind;
use pyvm_source::Span;

/// An expected piece of CPython's `JoinedStr`.
enum P {
    /// A `Constant`.
    Lit(&'static str),
    /// A `Constant` holding lone surrogates.
    Wide(&'static [u32]),
    /// A `FormattedValue`: the byte range of its expression node in the
    /// token, its conversion and format spec.
    Field {
        node: Range<usize>,
        conversion: Option<char>,
        spec: Option<&'static [P]>,
    },
}

/// A token and what CPython made of it: its parts, or its SyntaxError as
/// (message, lineno, offset); and the messages of its DeprecationWarnings.
struct Case {
    token: &'static str,
    expect: Result<&'static [P], (&'static str, u32, u32)>,
    warnings: &'static [&'static str],
}

// (token, parts or error, warnings): captured from CPython 3.11.7.
// A field's `node` is the byte range of CPython's expression node in the token;
// literal parts are CPython's Constants, debug text merged in as CPython does.
// Errors carry CPython's (lineno, offset) for the token alone on a line; they
// point past the token (at the parser's lookahead), not into it.
const CASES: &[Case] = &[
    Case { token: "f''", expect: Ok(&[]), warnings: &[] },
    Case { token: "f'abc'", expect: Ok(&[P::Lit("abc")]), warnings: &[] },
    Case { token: "F'abc'", expect: Ok(&[P::Lit("abc")]), warnings: &[] },
    Case { token: "f'{x}'", expect: Ok(&[P::Field { node: 3..4, conversion: None, spec: None }]), warnings: &[] },
    Case { token: "f'a{x}b'", expect: Ok(&[P::Lit("a"), P::Field { node: 4..5, conversion: None, spec: None }, P::Lit("b")]), warnings: &[] },
    Case { token: "f'{x}{y}'", expect: Ok(&[P::Field { node: 3..4, conversion: None, spec: None }, P::Field { node: 6..7, conversion: None, spec: None }]), warnings: &[] },
    Case { token: "f'{ x }'", expect: Ok(&[P::Field { node: 4..5, conversion: None, spec: None }]), warnings: &[] },
    Case { token: "f'{x + 1}'", expect: Ok(&[P::Field { node: 3..8, conversion: None, spec: None }]), warnings: &[] },
    Case { token: "f'{ x + 1 }'", expect: Ok(&[P::Field { node: 4..9, conversion: None, spec: None }]), warnings: &[] },
    Case { token: "f'{x!r}'", expect: Ok(&[P::Field { node: 3..4, conversion: Some('r'), spec: None }]), warnings: &[] },
    Case { token: "f'{x!s}'", expect: Ok(&[P::Field { node: 3..4, conversion: Some('s'), spec: None }]), warnings: &[] },
    Case { token: "f'{x!a}'", expect: Ok(&[P::Field { node: 3..4, conversion: Some('a'), spec: None }]), warnings: &[] },
    Case { token: "f'{x:>10}'", expect: Ok(&[P::Field { node: 3..4, conversion: None, spec: Some(&[P::Lit(">10")]) }]), warnings: &[] },
    Case { token: "f'{x!r:>10}'", expect: Ok(&[P::Field { node: 3..4, conversion: Some('r'), spec: Some(&[P::Lit(">10")]) }]), warnings: &[] },
    Case { token: "f'{x:{w}}'", expect: Ok(&[P::Field { node: 3..4, conversion: None, spec: Some(&[P::Field { node: 6..7, conversion: None, spec: None }]) }]), warnings: &[] },
    Case { token: "f'{x:>{w}}'", expect: Ok(&[P::Field { node: 3..4, conversion: None, spec: Some(&[P::Lit(">"), P::Field { node: 7..8, conversion: None, spec: None }]) }]), warnings: &[] },
    Case { token: "f'{x:{w}.{y}}'", expect: Ok(&[P::Field { node: 3..4, conversion: None, spec: Some(&[P::Field { node: 6..7, conversion: None, spec: None }, P::Lit("."), P::Field { node: 10..11, conversion: None, spec: None }]) }]), warnings: &[] },
    Case { token: "f'{x:{w}{y}}'", expect: Ok(&[P::Field { node: 3..4, conversion: None, spec: Some(&[P::Field { node: 6..7, conversion: None, spec: None }, P::Field { node: 9..10, conversion: None, spec: None }]) }]), warnings: &[] },
    Case { token: "f'{x!r:>{w}}'", expect: Ok(&[P::Field { node: 3..4, conversion: Some('r'), spec: Some(&[P::Lit(">"), P::Field { node: 9..10, conversion: None, spec: None }]) }]), warnings: &[] },
    Case { token: "f'{x:}'", expect: Ok(&[P::Field { node: 3..4, conversion: None, spec: Some(&[]) }]), warnings: &[] },
    Case { token: "f'{x=}'", expect: Ok(&[P::Lit("x="), P::Field { node: 3..4, conversion: Some('r'), spec: None }]), warnings: &[] },
    Case { token: "f'{x =}'", expect: Ok(&[P::Lit("x ="), P::Field { node: 3..4, conversion: Some('r'), spec: None }]), warnings: &[] },
    Case { token: "f'{x= }'", expect: Ok(&[P::Lit("x= "), P::Field { node: 3..4, conversion: Some('r'), spec: None }]), warnings: &[] },
    Case { token: "f'{ x = }'", expect: Ok(&[P::Lit(" x = "), P::Field { node: 4..5, conversion: Some('r'), spec: None }]), warnings: &[] },
    Case { token: "f'{x=!s}'", expect: Ok(&[P::Lit("x="), P::Field { node: 3..4, conversion: Some('s'), spec: None }]), warnings: &[] },
    Case { token: "f'{x=!r}'", expect: Ok(&[P::Lit("x="), P::Field { node: 3..4, conversion: Some('r'), spec: None }]), warnings: &[] },
    Case { token: "f'{x=:>10}'", expect: Ok(&[P::Lit("x="), P::Field { node: 3..4, conversion: None, spec: Some(&[P::Lit(">10")]) }]), warnings: &[] },
    Case { token: "f'{x=!r:>10}'", expect: Ok(&[P::Lit("x="), P::Field { node: 3..4, conversion: Some('r'), spec: Some(&[P::Lit(">10")]) }]), warnings: &[] },
    Case { token: "f'{x=:}'", expect: Ok(&[P::Lit("x="), P::Field { node: 3..4, conversion: None, spec: Some(&[]) }]), warnings: &[] },
    Case { token: "f'{x\t=\t}'", expect: Ok(&[P::Lit("x\t=\t"), P::Field { node: 3..4, conversion: Some('r'), spec: None }]), warnings: &[] },
    Case { token: "f'a{{b'", expect: Ok(&[P::Lit("a{b")]), warnings: &[] },
    Case { token: "f'a}}b'", expect: Ok(&[P::Lit("a}b")]), warnings: &[] },
    Case { token: "f'{{}}'", expect: Ok(&[P::Lit("{}")]), warnings: &[] },
    Case { token: "f'{{x}}'", expect: Ok(&[P::Lit("{x}")]), warnings: &[] },
    Case { token: "f'{{{x}}}'", expect: Ok(&[P::Lit("{"), P::Field { node: 5..6, conversion: None, spec: None }, P::Lit("}")]), warnings: &[] },
    Case { token: "f'a{{b{x=}c'", expect: Ok(&[P::Lit("a{bx="), P::Field { node: 7..8, conversion: Some('r'), spec: None }, P::Lit("c")]), warnings: &[] },
    Case { token: "f'{x:{{}}}'", expect: Ok(&[P::Field { node: 3..4, conversion: None, spec: Some(&[P::Field { node: 6..8, conversion: None, spec: None }]) }]), warnings: &[] },
    Case { token: "f'{x!r:{y}}}}'", expect: Ok(&[P::Field { node: 3..4, conversion: Some('r'), spec: Some(&[P::Field { node: 8..9, conversion: None, spec: None }]) }, P::Lit("}")]), warnings: &[] },
    Case { token: "f'{x:}}}'", expect: Ok(&[P::Field { node: 3..4, conversion: None, spec: Some(&[]) }, P::Lit("}")]), warnings: &[] },
    Case { token: "f'{x:{y=}}'", expect: Ok(&[P::Field { node: 3..4, conversion: None, spec: Some(&[P::Lit("y="), P::Field { node: 6..7, conversion: Some('r'), spec: None }]) }]), warnings: &[] },
    Case { token: "f'{x:{y!r}}'", expect: Ok(&[P::Field { node: 3..4, conversion: None, spec: Some(&[P::Field { node: 6..7, conversion: Some('r'), spec: None }]) }]), warnings: &[] },
    Case { token: "f'{x:{y:}}'", expect: Ok(&[P::Field { node: 3..4, conversion: None, spec: Some(&[P::Field { node: 6..7, conversion: None, spec: Some(&[]) }]) }]), warnings: &[] },
    Case { token: "f'{x:{y:>3}}'", expect: Ok(&[P::Field { node: 3..4, conversion: None, spec: Some(&[P::Field { node: 6..7, conversion: None, spec: Some(&[P::Lit(">3")]) }]) }]), warnings: &[] },
    Case { token: "f'{x:a{y}b}'", expect: Ok(&[P::Field { node: 3..4, conversion: None, spec: Some(&[P::Lit("a"), P::Field { node: 7..8, conversion: None, spec: None }, P::Lit("b")]) }]), warnings: &[] },
    Case { token: r"f'{x:\x41}'", expect: Ok(&[P::Field { node: 3..4, conversion: None, spec: Some(&[P::Lit("A")]) }]), warnings: &[] },
    Case { token: r"f'{x:\d}'", expect: Ok(&[P::Field { node: 3..4, conversion: None, spec: Some(&[P::Lit(r"\d")]) }]), warnings: &[r"invalid escape sequence '\d'"] },
    Case { token: r"f'{x:\}'", expect: Ok(&[P::Field { node: 3..4, conversion: None, spec: Some(&[P::Lit(r"\")]) }]), warnings: &[] },
    Case { token: r"f'{x:\{y}}'", expect: Ok(&[P::Field { node: 3..4, conversion: None, spec: Some(&[P::Lit(r"\"), P::Field { node: 7..8, conversion: None, spec: None }]) }]), warnings: &[r"invalid escape sequence '\{'"] },
    Case { token: "f'{\"a\"}'", expect: Ok(&[P::Field { node: 3..6, conversion: None, spec: None }]), warnings: &[] },
    Case { token: "f'{\"}\"}'", expect: Ok(&[P::Field { node: 3..6, conversion: None, spec: None }]), warnings: &[] },
    Case { token: "f'{\"{\"}'", expect: Ok(&[P::Field { node: 3..6, conversion: None, spec: None }]), warnings: &[] },
    Case { token: "f'{\"#\"}'", expect: Ok(&[P::Field { node: 3..6, conversion: None, spec: None }]), warnings: &[] },
    Case { token: "f'{\"!r\"}'", expect: Ok(&[P::Field { node: 3..7, conversion: None, spec: None }]), warnings: &[] },
    Case { token: "f'{\":\"}'", expect: Ok(&[P::Field { node: 3..6, conversion: None, spec: None }]), warnings: &[] },
    Case { token: "f'{\"=\"}'", expect: Ok(&[P::Field { node: 3..6, conversion: None, spec: None }]), warnings: &[] },
    Case { token: "f'{\"\"\"a\"\"\"}'", expect: Ok(&[P::Field { node: 3..10, conversion: None, spec: None }]), warnings: &[] },
    Case { token: "f\"{'''x'''}\"", expect: Ok(&[P::Field { node: 3..10, conversion: None, spec: None }]), warnings: &[] },
    Case { token: "f\"{'a' 'b'}\"", expect: Ok(&[P::Field { node: 3..10, conversion: None, spec: None }]), warnings: &[] },
    Case { token: "f'{[1, 2][0]}'", expect: Ok(&[P::Field { node: 3..12, conversion: None, spec: None }]), warnings: &[] },
    Case { token: "f'{(1, 2)}'", expect: Ok(&[P::Field { node: 3..9, conversion: None, spec: None }]), warnings: &[] },
    Case { token: "f'{ {1: 2}[1] }'", expect: Ok(&[P::Field { node: 4..13, conversion: None, spec: None }]), warnings: &[] },
    Case { token: "f'{ {\"a\": 1}[\"a\"] }'", expect: Ok(&[P::Field { node: 4..17, conversion: None, spec: None }]), warnings: &[] },
    Case { token: "f'{x == y}'", expect: Ok(&[P::Field { node: 3..9, conversion: None, spec: None }]), warnings: &[] },
    Case { token: "f'{x != y}'", expect: Ok(&[P::Field { node: 3..9, conversion: None, spec: None }]), warnings: &[] },
    Case { token: "f'{x <= y}'", expect: Ok(&[P::Field { node: 3..9, conversion: None, spec: None }]), warnings: &[] },
    Case { token: "f'{x >= y}'", expect: Ok(&[P::Field { node: 3..9, conversion: None, spec: None }]), warnings: &[] },
    Case { token: "f'{x < y}'", expect: Ok(&[P::Field { node: 3..8, conversion: None, spec: None }]), warnings: &[] },
    Case { token: "f'{x > y}'", expect: Ok(&[P::Field { node: 3..8, conversion: None, spec: None }]), warnings: &[] },
    Case { token: "f'{x==y}'", expect: Ok(&[P::Field { node: 3..7, conversion: None, spec: None }]), warnings: &[] },
    Case { token: "f'{x!=y}'", expect: Ok(&[P::Field { node: 3..7, conversion: None, spec: None }]), warnings: &[] },
    Case { token: "f'{x<=y}'", expect: Ok(&[P::Field { node: 3..7, conversion: None, spec: None }]), warnings: &[] },
    Case { token: "f'{x>=y}'", expect: Ok(&[P::Field { node: 3..7, conversion: None, spec: None }]), warnings: &[] },
    Case { token: "f'{x<y}'", expect: Ok(&[P::Field { node: 3..6, conversion: None, spec: None }]), warnings: &[] },
    Case { token: "f'{x>y}'", expect: Ok(&[P::Field { node: 3..6, conversion: None, spec: None }]), warnings: &[] },
    Case { token: "f'{x==y=}'", expect: Ok(&[P::Lit("x==y="), P::Field { node: 3..7, conversion: Some('r'), spec: None }]), warnings: &[] },
    Case { token: "f'{x!=y=}'", expect: Ok(&[P::Lit("x!=y="), P::Field { node: 3..7, conversion: Some('r'), spec: None }]), warnings: &[] },
    Case { token: "f'{(lambda: 1)()}'", expect: Ok(&[P::Field { node: 3..16, conversion: None, spec: None }]), warnings: &[] },
    Case { token: "f'{(x:=3)}'", expect: Ok(&[P::Field { node: 4..8, conversion: None, spec: None }]), warnings: &[] },
    Case { token: "f'{x:=3}'", expect: Ok(&[P::Field { node: 3..4, conversion: None, spec: Some(&[P::Lit("=3")]) }]), warnings: &[] },
    Case { token: "f'{a:=1}'", expect: Ok(&[P::Field { node: 3..4, conversion: None, spec: Some(&[P::Lit("=1")]) }]), warnings: &[] },
    Case { token: "f'{[x for x in (1, 2)]}'", expect: Ok(&[P::Field { node: 3..22, conversion: None, spec: None }]), warnings: &[] },
    Case { token: "f'{x if x else y}'", expect: Ok(&[P::Field { node: 3..16, conversion: None, spec: None }]), warnings: &[] },
    Case { token: "f'{x,}'", expect: Ok(&[P::Field { node: 2..6, conversion: None, spec: None }]), warnings: &[] },
    Case { token: "f'{x, y}'", expect: Ok(&[P::Field { node: 2..8, conversion: None, spec: None }]), warnings: &[] },
    Case { token: "f'{*[1],}'", expect: Ok(&[P::Field { node: 2..9, conversion: None, spec: None }]), warnings: &[] },
    Case { token: "f'{x:#x}'", expect: Ok(&[P::Field { node: 3..4, conversion: None, spec: Some(&[P::Lit("#x")]) }]), warnings: &[] },
    Case { token: "f'{x:#}'", expect: Ok(&[P::Field { node: 3..4, conversion: None, spec: Some(&[P::Lit("#")]) }]), warnings: &[] },
    Case { token: "f'{x:!r}'", expect: Ok(&[P::Field { node: 3..4, conversion: None, spec: Some(&[P::Lit("!r")]) }]), warnings: &[] },
    Case { token: "f'{x!r:=}'", expect: Ok(&[P::Field { node: 3..4, conversion: Some('r'), spec: Some(&[P::Lit("=")]) }]), warnings: &[] },
    Case { token: "f'{x:=^10}'", expect: Ok(&[P::Field { node: 3..4, conversion: None, spec: Some(&[P::Lit("=^10")]) }]), warnings: &[] },
    Case { token: r"f'\d{x}'", expect: Ok(&[P::Lit(r"\d"), P::Field { node: 5..6, conversion: None, spec: None }]), warnings: &[r"invalid escape sequence '\d'"] },
    Case { token: r"f'\d{x}\d'", expect: Ok(&[P::Lit(r"\d"), P::Field { node: 5..6, conversion: None, spec: None }, P::Lit(r"\d")]), warnings: &[r"invalid escape sequence '\d'", r"invalid escape sequence '\d'"] },
    Case { token: r"f'\d{{\d'", expect: Ok(&[P::Lit(r"\d{\d")]), warnings: &[r"invalid escape sequence '\d'", r"invalid escape sequence '\d'"] },
    Case { token: r"f'\d\w{x}'", expect: Ok(&[P::Lit(r"\d\w"), P::Field { node: 7..8, conversion: None, spec: None }]), warnings: &[r"invalid escape sequence '\d'"] },
    Case { token: r"f'\{x}'", expect: Ok(&[P::Lit(r"\"), P::Field { node: 4..5, conversion: None, spec: None }]), warnings: &[r"invalid escape sequence '\{'"] },
    Case { token: r"f'\{{x}}'", expect: Ok(&[P::Lit(r"\{x}")]), warnings: &[r"invalid escape sequence '\{'", r"invalid escape sequence '\{'"] },
    Case { token: r"f'\}}'", expect: Ok(&[P::Lit(r"\}")]), warnings: &[r"invalid escape sequence '\}'"] },
    Case { token: r"f'\N{LATIN SMALL LETTER A}{x}'", expect: Ok(&[P::Lit("a"), P::Field { node: 27..28, conversion: None, spec: None }]), warnings: &[] },
    Case { token: r"f'\N{LATIN SMALL LETTER A}'", expect: Ok(&[P::Lit("a")]), warnings: &[] },
    Case { token: r"f'a\N{EM DASH}b{x}'", expect: Ok(&[P::Lit("a\u{2014}b"), P::Field { node: 16..17, conversion: None, spec: None }]), warnings: &[] },
    Case { token: r"f'\N{x}'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-4: unknown Unicode character name", 1, 8)), warnings: &[] },
    Case { token: r"f'\N{x'", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: malformed \N character escape", 1, 7)), warnings: &[] },
    Case { token: r"f'\N'", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \N character escape", 1, 5)), warnings: &[] },
    Case { token: r"f'a\Nb{x}'", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 1-2: malformed \N character escape", 1, 10)), warnings: &[] },
    Case { token: r"f'{x}\x4'", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape", 1, 9)), warnings: &[] },
    Case { token: "f'{x}\u{e9}\\x4'", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 10-12: truncated \xXX escape", 1, 10)), warnings: &[] },
    Case { token: r"f'{x:{y}\x4}'", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape", 1, 13)), warnings: &[] },
    Case { token: r"f'{x:\x4{y}}'", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape", 1, 13)), warnings: &[] },
    Case { token: r"f'a{{\x4'", expect: Err((r"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \xXX escape", 1, 9)), warnings: &[] },
    Case { token: r"f'\x41{x}\x42'", expect: Ok(&[P::Lit("A"), P::Field { node: 7..8, conversion: None, spec: None }, P::Lit("B")]), warnings: &[] },
    Case { token: r"f'\ud800{x}'", expect: Ok(&[P::Wide(&[0xd800]), P::Field { node: 9..10, conversion: None, spec: None }]), warnings: &[] },
    Case { token: r"f'{x}\udfff'", expect: Ok(&[P::Field { node: 3..4, conversion: None, spec: None }, P::Wide(&[0xdfff])]), warnings: &[] },
    Case { token: r"f'a\ud800b{x}c'", expect: Ok(&[P::Wide(&[0x61, 0xd800, 0x62]), P::Field { node: 11..12, conversion: None, spec: None }, P::Lit("c")]), warnings: &[] },
    Case { token: r"f'{x:\ud800}'", expect: Ok(&[P::Field { node: 3..4, conversion: None, spec: Some(&[P::Wide(&[0xd800])]) }]), warnings: &[] },
    Case { token: "f'\u{e9}{x}\u{e9}'", expect: Ok(&[P::Lit("\u{e9}"), P::Field { node: 5..6, conversion: None, spec: None }, P::Lit("\u{e9}")]), warnings: &[] },
    Case { token: "f'{x}\u{1f600}{y}'", expect: Ok(&[P::Field { node: 3..4, conversion: None, spec: None }, P::Lit("\u{1f600}"), P::Field { node: 10..11, conversion: None, spec: None }]), warnings: &[] },
    Case { token: "f'\u{e9}{ x }\u{e9}'", expect: Ok(&[P::Lit("\u{e9}"), P::Field { node: 6..7, conversion: None, spec: None }, P::Lit("\u{e9}")]), warnings: &[] },
    Case { token: r"rf'\d{x}'", expect: Ok(&[P::Lit(r"\d"), P::Field { node: 6..7, conversion: None, spec: None }]), warnings: &[] },
    Case { token: r"rf'\{x}'", expect: Ok(&[P::Lit(r"\"), P::Field { node: 5..6, conversion: None, spec: None }]), warnings: &[] },
    Case { token: r"rf'\{{x}}'", expect: Ok(&[P::Lit(r"\{x}")]), warnings: &[] },
    Case { token: r"rf'{x}\N{x}'", expect: Ok(&[P::Field { node: 4..5, conversion: None, spec: None }, P::Lit(r"\N"), P::Field { node: 9..10, conversion: None, spec: None }]), warnings: &[] },
    Case { token: r"rf'{x:\d}'", expect: Ok(&[P::Field { node: 4..5, conversion: None, spec: Some(&[P::Lit(r"\d")]) }]), warnings: &[] },
    Case { token: r"fr'\x4{x}'", expect: Ok(&[P::Lit(r"\x4"), P::Field { node: 7..8, conversion: None, spec: None }]), warnings: &[] },
    Case { token: r"Rf'a\b'", expect: Ok(&[P::Lit(r"a\b")]), warnings: &[] },
    Case { token: "fR'{x!r}'", expect: Ok(&[P::Field { node: 4..5, conversion: Some('r'), spec: None }]), warnings: &[] },
    Case { token: "f'{x!z}'", expect: Err(("f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 8)), warnings: &[] },
    Case { token: "f'{x!}'", expect: Err(("f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 7)), warnings: &[] },
    Case { token: "f'{x!'", expect: Err(("f-string: expecting '}'", 1, 6)), warnings: &[] },
    Case { token: "f'{x'", expect: Err(("f-string: expecting '}'", 1, 5)), warnings: &[] },
    Case { token: "f'{'", expect: Err(("f-string: expecting '}'", 1, 4)), warnings: &[] },
    Case { token: "f'}'", expect: Err(("f-string: single '}' is not allowed", 1, 4)), warnings: &[] },
    Case { token: "f'a}b'", expect: Err(("f-string: single '}' is not allowed", 1, 6)), warnings: &[] },
    Case { token: "f'{}'", expect: Err(("f-string: empty expression not allowed", 1, 5)), warnings: &[] },
    Case { token: "f'{ }'", expect: Err(("f-string: empty expression not allowed", 1, 6)), warnings: &[] },
    Case { token: "f'{!r}'", expect: Err(("f-string: expression required before '!'", 1, 7)), warnings: &[] },
    Case { token: "f'{:x}'", expect: Err(("f-string: expression required before ':'", 1, 7)), warnings: &[] },
    Case { token: "f'{=}'", expect: Err(("f-string: expression required before '='", 1, 6)), warnings: &[] },
    Case { token: "f'{ !r}'", expect: Err(("f-string: expression required before '!'", 1, 8)), warnings: &[] },
    Case { token: "f'{ =}'", expect: Err(("f-string: expression required before '='", 1, 7)), warnings: &[] },
    Case { token: "f'{ :x}'", expect: Err(("f-string: expression required before ':'", 1, 8)), warnings: &[] },
    Case { token: "f'{!'", expect: Err(("f-string: expression required before '!'", 1, 5)), warnings: &[] },
    Case { token: "f'{ !'", expect: Err(("f-string: expression required before '!'", 1, 6)), warnings: &[] },
    Case { token: "f'{:'", expect: Err(("f-string: expression required before ':'", 1, 5)), warnings: &[] },
    Case { token: "f'{='", expect: Err(("f-string: expression required before '='", 1, 5)), warnings: &[] },
    Case { token: "f'{ '", expect: Err(("f-string: expecting '}'", 1, 5)), warnings: &[] },
    Case { token: "f'{x:{y:{z}}}'", expect: Err(("f-string: expressions nested too deeply", 1, 14)), warnings: &[] },
    Case { token: "f'{x:{y:{{}}}}'", expect: Err(("f-string: expressions nested too deeply", 1, 15)), warnings: &[] },
    Case { token: r"f'{a\n}'", expect: Err(("f-string expression part cannot include a backslash", 1, 8)), warnings: &[] },
    Case { token: "f'{a#}'", expect: Err(("f-string expression part cannot include '#'", 1, 7)), warnings: &[] },
    Case { token: "f'{a)}'", expect: Err(("f-string: unmatched ')'", 1, 7)), warnings: &[] },
    Case { token: "f'{a]}'", expect: Err(("f-string: unmatched ']'", 1, 7)), warnings: &[] },
    Case { token: "f'{a}}'", expect: Err(("f-string: single '}' is not allowed", 1, 7)), warnings: &[] },
    Case { token: "f'{(a}'", expect: Err(("f-string: closing parenthesis '}' does not match opening parenthesis '('", 1, 7)), warnings: &[] },
    Case { token: "f'{[a)}'", expect: Err(("f-string: closing parenthesis ')' does not match opening parenthesis '['", 1, 8)), warnings: &[] },
    Case { token: "f'{(a]}'", expect: Err(("f-string: closing parenthesis ']' does not match opening parenthesis '('", 1, 8)), warnings: &[] },
    Case { token: "f'{[a}'", expect: Err(("f-string: closing parenthesis '}' does not match opening parenthesis '['", 1, 7)), warnings: &[] },
    Case { token: "f'{{a)}'", expect: Err(("f-string: single '}' is not allowed", 1, 8)), warnings: &[] },
    Case { token: "f'{\"a}'", expect: Err(("f-string: unterminated string", 1, 7)), warnings: &[] },
    Case { token: "f'{\"\"\"a}'", expect: Err(("f-string: unterminated string", 1, 9)), warnings: &[] },
    Case { token: "f'{x!r }'", expect: Err(("f-string: expecting '}'", 1, 9)), warnings: &[] },
    Case { token: "f'{x! r}'", expect: Err(("f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 9)), warnings: &[] },
    Case { token: "f'{x!rr}'", expect: Err(("f-string: expecting '}'", 1, 9)), warnings: &[] },
    Case { token: "f'{x:'", expect: Err(("f-string: expecting '}'", 1, 6)), warnings: &[] },
    Case { token: "f'{x:{'", expect: Err(("f-string: expecting '}'", 1, 7)), warnings: &[] },
    Case { token: "f'{x:}}'", expect: Err(("f-string: single '}' is not allowed", 1, 8)), warnings: &[] },
    Case { token: "f'{x:a{{b}'", expect: Err(("f-string: expecting '}'", 1, 11)), warnings: &[] },
    Case { token: "f'{x!r=}'", expect: Err(("f-string: expecting '}'", 1, 9)), warnings: &[] },
    Case { token: "f'{x=y}'", expect: Err(("f-string: expecting '}'", 1, 8)), warnings: &[] },
    Case { token: r"f'{x=\n}'", expect: Err(("f-string: expecting '}'", 1, 9)), warnings: &[] },
    Case { token: r"f'{x!\n}'", expect: Err(("f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 9)), warnings: &[] },
    Case { token: "f'{x!{y}}'", expect: Err(("f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 10)), warnings: &[] },
    Case { token: "f'{x!}}'", expect: Err(("f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 8)), warnings: &[] },
    Case { token: "f'{x!:}'", expect: Err(("f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 8)), warnings: &[] },
    Case { token: "f'{x:{{}'", expect: Err(("f-string: expecting '}'", 1, 9)), warnings: &[] },
    Case { token: "f'{x!s:{y}'", expect: Err(("f-string: expecting '}'", 1, 11)), warnings: &[] },
    Case { token: "f'{<'", expect: Err(("f-string: expecting '}'", 1, 5)), warnings: &[] },
    Case { token: "f'{x<'", expect: Err(("f-string: expecting '}'", 1, 6)), warnings: &[] },
    Case { token: "f'{>'", expect: Err(("f-string: expecting '}'", 1, 5)), warnings: &[] },
    Case { token: "f'{x>'", expect: Err(("f-string: expecting '}'", 1, 6)), warnings: &[] },
    Case { token: "f'{x!'", expect: Err(("f-string: expecting '}'", 1, 6)), warnings: &[] },
    Case { token: "f'{x='", expect: Err(("f-string: expecting '}'", 1, 6)), warnings: &[] },
    Case { token: r"f'{x:\}'", expect: Ok(&[P::Field { node: 3..4, conversion: None, spec: Some(&[P::Lit(r"\")]) }]), warnings: &[] },
    Case { token: "f'{)'", expect: Err(("f-string: unmatched ')'", 1, 5)), warnings: &[] },
    Case { token: "f'{(((a'", expect: Err(("f-string: unmatched '('", 1, 8)), warnings: &[] },
    Case { token: "f'{(((a}'", expect: Err(("f-string: closing parenthesis '}' does not match opening parenthesis '('", 1, 9)), warnings: &[] },
    Case { token: "f'{(}'", expect: Err(("f-string: closing parenthesis '}' does not match opening parenthesis '('", 1, 6)), warnings: &[] },
    Case { token: "f'{{'", expect: Ok(&[P::Lit("{")]), warnings: &[] },
    Case { token: "f'{x:{y}'", expect: Err(("f-string: expecting '}'", 1, 9)), warnings: &[] },
    Case { token: "f'{x!a b}'", expect: Err(("f-string: expecting '}'", 1, 10)), warnings: &[] },
    Case { token: r"f'\}'", expect: Err(("f-string: single '}' is not allowed", 1, 5)), warnings: &[] },
    Case { token: "f'{x}}'", expect: Err(("f-string: single '}' is not allowed", 1, 7)), warnings: &[] },
    Case { token: "f'{{}'", expect: Err(("f-string: single '}' is not allowed", 1, 6)), warnings: &[] },
    Case { token: "f'{x}{'", expect: Err(("f-string: expecting '}'", 1, 7)), warnings: &[] },
    Case { token: "f'{3!g}'", expect: Err(("f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 8)), warnings: &[] },
    Case { token: "f'{3!\u{e4}}'", expect: Err(("f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 8)), warnings: &[] },
    Case { token: "f'{x:{y!z}}'", expect: Err(("f-string: invalid conversion character: expected 's', 'r', or 'a'", 1, 12)), warnings: &[] },
    Case { token: "f'{x:{}}'", expect: Err(("f-string: empty expression not allowed", 1, 9)), warnings: &[] },
    Case { token: "f'{x:{ }}'", expect: Err(("f-string: empty expression not allowed", 1, 10)), warnings: &[] },
    Case { token: "f'{x:{!r}}'", expect: Err(("f-string: expression required before '!'", 1, 11)), warnings: &[] },
    Case { token: "f'{x:{y}{'", expect: Err(("f-string: expecting '}'", 1, 10)), warnings: &[] },
    Case { token: r"f'{x}\N{BOGUS}'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-8: unknown Unicode character name", 1, 15)), warnings: &[] },
    Case { token: r"f'{x:\N{BOGUS}}'", expect: Err(("(unicode error) 'unicodeescape' codec can't decode bytes in position 0-8: unknown Unicode character name", 1, 16)), warnings: &[] },
    Case { token: r"f'{x:\N{EM DASH}}'", expect: Ok(&[P::Field { node: 3..4, conversion: None, spec: Some(&[P::Lit("\u{2014}")]) }]), warnings: &[] },
    Case { token: "f'{x:{{y}}}'", expect: Ok(&[P::Field { node: 3..4, conversion: None, spec: Some(&[P::Field { node: 6..9, conversion: None, spec: None }]) }]), warnings: &[] },
    Case { token: r"f'{x\t}'", expect: Err(("f-string expression part cannot include a backslash", 1, 8)), warnings: &[] },
    Case { token: "f'''{\nx\n}'''", expect: Ok(&[P::Field { node: 6..7, conversion: None, spec: None }]), warnings: &[] },
    Case { token: "f'''{\nx\n=\n}'''", expect: Ok(&[P::Lit("\nx\n=\n"), P::Field { node: 6..7, conversion: Some('r'), spec: None }]), warnings: &[] },
    Case { token: "f'''a\n{x}\nb{y:\n{w}}'''", expect: Ok(&[P::Lit("a\n"), P::Field { node: 7..8, conversion: None, spec: None }, P::Lit("\nb"), P::Field { node: 12..13, conversion: None, spec: Some(&[P::Lit("\n"), P::Field { node: 16..17, conversion: None, spec: None }]) }]), warnings: &[] },
    Case { token: "f'''{x:\n>10}'''", expect: Ok(&[P::Field { node: 5..6, conversion: None, spec: Some(&[P::Lit("\n>10")]) }]), warnings: &[] },
    Case { token: "f'''{\n}'''", expect: Err(("f-string: empty expression not allowed", 2, 4)), warnings: &[] },
    Case { token: "f'''{x\n!r}'''", expect: Ok(&[P::Field { node: 5..6, conversion: Some('r'), spec: None }]), warnings: &[] },
    Case { token: "f'''{x!r\n}'''", expect: Err(("f-string: expecting '}'", 2, 4)), warnings: &[] },
    Case { token: "f'''a\r\n{x\r\n}\r\nb'''", expect: Ok(&[P::Lit("a\n"), P::Field { node: 8..9, conversion: None, spec: None }, P::Lit("\nb")]), warnings: &[] },
    Case { token: "f'''{x=\r\n}'''", expect: Ok(&[P::Lit("x=\n"), P::Field { node: 5..6, conversion: Some('r'), spec: None }]), warnings: &[] },
    Case { token: "f'''{\r\nx\r\n=\r\n}'''", expect: Ok(&[P::Lit("\nx\n=\n"), P::Field { node: 7..8, conversion: Some('r'), spec: None }]), warnings: &[] },
    Case { token: "f'''\\d\n{x}\n\\w'''", expect: Ok(&[P::Lit("\\d\n"), P::Field { node: 8..9, conversion: None, spec: None }, P::Lit("\n\\w")]), warnings: &[r"invalid escape sequence '\d'", r"invalid escape sequence '\w'"] },
    Case { token: "f'''{\"\"\"a\"\"\"}'''", expect: Ok(&[P::Field { node: 5..12, conversion: None, spec: None }]), warnings: &[] },
    Case { token: "f'''a\\\n{x}'''", expect: Ok(&[P::Lit("a"), P::Field { node: 8..9, conversion: None, spec: None }]), warnings: &[] },
    Case { token: "f'\\\n{x}'", expect: Ok(&[P::Field { node: 5..6, conversion: None, spec: None }]), warnings: &[] },
    Case { token: "f'a\\\nb{x}'", expect: Ok(&[P::Lit("ab"), P::Field { node: 7..8, conversion: None, spec: None }]), warnings: &[] },
    Case { token: "f'{x:a\\\nb}'", expect: Ok(&[P::Field { node: 3..4, conversion: None, spec: Some(&[P::Lit("ab")]) }]), warnings: &[] },
    Case { token: "f'{x!r:a{{}}b}'", expect: Ok(&[P::Field { node: 3..4, conversion: Some('r'), spec: Some(&[P::Lit("a"), P::Field { node: 9..11, conversion: None, spec: None }, P::Lit("b")]) }]), warnings: &[] },
    Case { token: "f'{{{{'", expect: Ok(&[P::Lit("{{")]), warnings: &[] },
    Case { token: "f'}}}}'", expect: Ok(&[P::Lit("}}")]), warnings: &[] },
    Case { token: "f'{{{x}'", expect: Ok(&[P::Lit("{"), P::Field { node: 5..6, conversion: None, spec: None }]), warnings: &[] },
    Case { token: "f'{x}}}'", expect: Ok(&[P::Field { node: 3..4, conversion: None, spec: None }, P::Lit("}")]), warnings: &[] },
    Case { token: "f'{x:}}'", expect: Err(("f-string: single '}' is not allowed", 1, 8)), warnings: &[] },
    Case { token: "f'{x::}'", expect: Ok(&[P::Field { node: 3..4, conversion: None, spec: Some(&[P::Lit(":")]) }]), warnings: &[] },
    Case { token: "f'{x:::}'", expect: Ok(&[P::Field { node: 3..4, conversion: None, spec: Some(&[P::Lit("::")]) }]), warnings: &[] },
    Case { token: "f'{x:!}'", expect: Ok(&[P::Field { node: 3..4, conversion: None, spec: Some(&[P::Lit("!")]) }]), warnings: &[] },
    Case { token: "f'{x!r:!r}'", expect: Ok(&[P::Field { node: 3..4, conversion: Some('r'), spec: Some(&[P::Lit("!r")]) }]), warnings: &[] },
    Case { token: "f'{x:=}'", expect: Ok(&[P::Field { node: 3..4, conversion: None, spec: Some(&[P::Lit("=")]) }]), warnings: &[] },
    Case { token: "f'{x:{x}:{x}}'", expect: Ok(&[P::Field { node: 3..4, conversion: None, spec: Some(&[P::Field { node: 6..7, conversion: None, spec: None }, P::Lit(":"), P::Field { node: 10..11, conversion: None, spec: None }]) }]), warnings: &[] },
    Case { token: "f'{x:{x!r:{x}}}'", expect: Err(("f-string: expressions nested too deeply", 1, 16)), warnings: &[] },
    Case { token: "f'{x:{x:{x}}}'", expect: Err(("f-string: expressions nested too deeply", 1, 14)), warnings: &[] },
    Case { token: "f'{{x:{{x}}}}'", expect: Ok(&[P::Lit("{x:{x}}")]), warnings: &[] },
    Case { token: "f'{(((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((}'", expect: Err(("f-string: too many nested parenthesis", 1, 206)), warnings: &[] },
    Case { token: "f'{((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((}'", expect: Err(("f-string: closing parenthesis '}' does not match opening parenthesis '('", 1, 205)), warnings: &[] },
];

/// Where the tested tokens are placed in their imaginary file, so that spans
/// are checked to be absolute.
const TOKEN_START: u32 = 500;

/// Our parts as CPython's `JoinedStr` shows them: literal text and debug
/// text merged into one constant, expressions as token-relative ranges.
#[derive(Debug, PartialEq)]
enum Item {
    Lit(Vec<u32>),
    Field {
        expression: Range<usize>,
        conversion: Option<char>,
        spec: Option<Vec<Item>>,
    },
}

fn relative(span: Span) -> Range<usize> {
    (span.start - TOKEN_START) as usize..(span.end - TOKEN_START) as usize
}

fn as_cpython(parts: &[FStringPart]) -> Vec<Item> {
    let mut items = Vec::new();
    let mut text: Vec<u32> = Vec::new();
    for part in parts {
        match part {
            FStringPart::Literal { value, .. } => text.extend(value.chars().map(u32::from)),
            FStringPart::LiteralWithSurrogates { value, .. } => text.extend(value),
            FStringPart::Field(field) => {
                if let Some(debug) = &field.debug_text {
                    text.extend(debug.chars().map(u32::from));
                }
                if !text.is_empty() {
                    items.push(Item::Lit(std::mem::take(&mut text)));
                }
                items.push(Item::Field {
                    expression: relative(field.expression),
                    conversion: field.conversion,
                    spec: field.format_spec.as_deref().map(as_cpython),
                });
            }
        }
    }
    if !text.is_empty() {
        items.push(Item::Lit(text));
    }
    items
}

/// Whether our items match CPython's parts. Our expression is the text
/// CPython compiles; CPython's node lies inside it, with only whitespace and
/// parentheses around it.
fn matches(token: &str, expected: &[P], got: &[Item]) -> bool {
    expected.len() == got.len()
        && expected.iter().zip(got).all(|(e, g)| match (e, g) {
            (P::Lit(e), Item::Lit(g)) => e.chars().map(u32::from).eq(g.iter().copied()),
            (P::Wide(e), Item::Lit(g)) => e == g,
            (
                P::Field {
                    node,
                    conversion,
                    spec,
                },
                Item::Field {
                    expression,
                    conversion: got_conversion,
                    spec: got_spec,
                },
            ) => {
                let around =
                    |range: Range<usize>| token[range].chars().all(|c| " \t\n\r\x0c()".contains(c));
                // CPython compiles `(expression)`; a node starting at that
                // parenthesis (a bare tuple) is reported on the braces.
                let braced = node.start + 1 == expression.start && node.end == expression.end + 1;
                let node = if braced {
                    expression.clone()
                } else {
                    node.clone()
                };
                expression.start <= node.start
                    && node.end <= expression.end
                    && around(expression.start..node.start)
                    && around(node.end..expression.end)
                    && conversion == got_conversion
                    && match (spec, got_spec) {
                        (None, None) => true,
                        (Some(e), Some(g)) => matches(token, e, g),
                        _ => false,
                    }
            }
            _ => false,
        })
}

#[test]
fn splitting_matches_cpython() {
    let mut failures = Vec::new();
    for case in CASES {
        let token_end = TOKEN_START + case.token.len() as u32;
        let inside = |span: Span| {
            TOKEN_START <= span.start && span.start <= span.end && span.end <= token_end
        };
        match (&case.expect, split_fstring(case.token, TOKEN_START)) {
            (Ok(expected), Ok(split)) => {
                let items = as_cpython(&split.parts);
                let messages: Vec<String> = split.warnings.iter().map(|w| w.to_string()).collect();
                if !matches(case.token, expected, &items) || messages != case.warnings {
                    failures.push(format!("{:?}: got {items:?} {messages:?}", case.token));
                }
                if !split.warnings.iter().all(|w| inside(w.span)) {
                    failures.push(format!(
                        "{:?}: warning spans {:?}",
                        case.token, split.warnings
                    ));
                }
            }
            (Err((message, _, _)), Err(error)) => {
                if error.to_string() != *message || !inside(error.error.span) {
                    failures.push(format!("{:?}: got {error:?} ({error})", case.token));
                }
            }
            (_, got) => failures.push(format!("{:?}: got {got:?}", case.token)),
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The source text of `span` in `source`.
fn text(source: &str, span: Span) -> &str {
    &source[span.range()]
}

#[test]
fn parts_carry_absolute_spans() {
    let source = "print(f'a{{b{ x + 1 !r:>{w}}}}c')";
    let split = split_fstring(&source[6..32], 6).unwrap();
    let [FStringPart::Literal { value, span }, FStringPart::Field(field), FStringPart::Literal {
        value: tail,
        span: tail_span,
    }] = &split.parts[..]
    else {
        panic!("{:?}", split.parts);
    };
    assert_eq!((value.as_str(), text(source, *span)), ("a{b", "a{{b"));
    assert_eq!(text(source, field.expression), " x + 1 ");
    assert_eq!(text(source, field.span), "{ x + 1 !r:>{w}}");
    assert_eq!(field.conversion, Some('r'));
    let spec = field.format_spec.as_ref().unwrap();
    let [FStringPart::Literal { value, .. }, FStringPart::Field(inner)] = &spec[..] else {
        panic!("{spec:?}");
    };
    assert_eq!(value, ">");
    assert_eq!(text(source, inner.expression), "w");
    assert_eq!((tail.as_str(), text(source, *tail_span)), ("}c", "}}c"));
}

#[test]
fn expressions_across_lines() {
    let source = "s = f'''a\n{\n  x +\n  y\n}\nb{z=\n}'''";
    let split = split_fstring(&source[4..], 4).unwrap();
    let fields: Vec<_> = split
        .parts
        .iter()
        .filter_map(|part| match part {
            FStringPart::Field(field) => Some(field),
            _ => None,
        })
        .collect();
    assert_eq!(text(source, fields[0].expression), "\n  x +\n  y\n");
    assert_eq!(text(source, fields[1].expression), "z");
    assert_eq!(fields[1].debug_text.as_deref(), Some("z=\n"));
    assert_eq!(fields[1].conversion, Some('r'));
}

#[test]
fn debug_text_has_line_ends_as_newlines() {
    let split = split_fstring("f'''{\r\nx =\r\n}'''", 0).unwrap();
    let FStringPart::Field(field) = &split.parts[0] else {
        panic!()
    };
    assert_eq!(field.debug_text.as_deref(), Some("\nx =\n"));
    assert_eq!(field.expression.range(), 5..9);
}

#[test]
fn conversion_defaults_to_r_only_for_bare_debug_fields() {
    let conversions: Vec<_> = ["f'{x=}'", "f'{x=:>3}'", "f'{x=!s}'", "f'{x}'", "f'{x=:}'"]
        .iter()
        .map(|token| match &split_fstring(token, 0).unwrap().parts[..] {
            [FStringPart::Field(field)] => field.conversion,
            parts => panic!("{parts:?}"),
        })
        .collect();
    assert_eq!(conversions, [Some('r'), None, Some('s'), None, None]);
}

#[test]
fn errors_point_into_the_fstring() {
    // (token, text the error's span covers); the token starts at offset 3.
    let cases: &[(&str, &str)] = &[
        ("f'a}b'", "}"),
        ("f'{x!z}'", "z"),
        ("f'{x!ä}'", "ä"),
        ("f'{a\\n}'", "\\"),
        ("f'{a#}'", "#"),
        ("f'{a)}'", ")"),
        ("f'{[a)}'", ")"),
        ("f'{(((a'", "("),
        ("f'{\"a}'", "\""),
        ("f'{x:{y:{z}}}'", "{"),
        ("f'{ }'", "{ }"),
        ("f'{ !r}'", "{ !"),
        ("f'{x'", ""),
        ("f'\\x4{x}'", "\\x4"),
    ];
    for (token, covered) in cases {
        let source = format!("x= {token}");
        let error = split_fstring(token, 3).unwrap_err().error;
        assert_eq!(text(&source, error.span), *covered, "{token}");
    }
    let error = split_fstring("f'{x'", 3).unwrap_err().error;
    assert_eq!(
        error.span,
        Span::empty(7),
        "expecting '}}' points at the closing quote"
    );
}

#[test]
fn too_many_brackets_points_at_the_201st() {
    let token = format!("f'{{{}}}'", "(".repeat(201));
    let error = split_fstring(&token, 0).unwrap_err().error;
    assert_eq!(error.kind, StringErrorKind::FStringTooManyNestedParens);
    assert_eq!(error.span.range(), 203..204);
}

/// CPython compiles each expression as soon as it has found it, so a syntax
/// error in an expression wins over f-string errors after it. Messages
/// captured from CPython 3.11:
/// `f'{a b!z}'` and `f'{a b}}'`: "f-string: invalid syntax. Perhaps you forgot a comma?";
/// `f'{x}{a b:{c!z}}'`: the same; `f'{[[...200...x...]]}'`: "too many nested parentheses".
#[test]
fn expressions_found_before_an_error_are_reported() {
    let error = split_fstring("f'{a b!z}'", 0).unwrap_err();
    assert_eq!(error.error.kind, StringErrorKind::FStringInvalidConversion);
    assert_eq!(error.expressions_before, [Span::new(3, 6)]);

    let error = split_fstring("f'{a b}}'", 0).unwrap_err();
    assert_eq!(error.error.kind, StringErrorKind::FStringSingleClosingBrace);
    assert_eq!(error.expressions_before, [Span::new(3, 6)]);

    let error = split_fstring("f'{x}{a b:{c!z}}'", 0).unwrap_err();
    assert_eq!(error.error.kind, StringErrorKind::FStringInvalidConversion);
    assert_eq!(
        error.expressions_before,
        [Span::new(3, 4), Span::new(6, 9), Span::new(11, 12)]
    );

    // Errors found while scanning an expression come before compiling it.
    let error = split_fstring("f'{x}{a b#}'", 0).unwrap_err();
    assert_eq!(error.expressions_before, [Span::new(3, 4)]);

    let token = format!("f'{{{}x{}}}'", "[".repeat(200), "]".repeat(200));
    let split = split_fstring(&token, 0).unwrap();
    let [FStringPart::Field(field)] = &split.parts[..] else {
        panic!()
    };
    assert_eq!(field.expression.range(), 3..404);
}

#[test]
fn non_fstrings_are_malformed() {
    for token in ["'a'", "b'a'", "f'a", "f'\\'", "", "fb''", "f"] {
        let error = split_fstring(token, 9).unwrap_err().error;
        assert_eq!(error.kind, StringErrorKind::MalformedToken, "{token:?}");
        assert_eq!(error.span.range(), 9..9 + token.len());
    }
}

#[test]
fn random_input_never_panics_and_spans_stay_in_the_token() {
    const ALPHABET: &[&str] = &[
        "{",
        "}",
        "{{",
        "}}",
        "!",
        "!r",
        "!s",
        ":",
        "=",
        "==",
        "!=",
        "<",
        ">",
        "(",
        ")",
        "[",
        "]",
        "'",
        "\"",
        "'''",
        "\\",
        "\\N{",
        "\\N{SPACE}",
        "#",
        "x",
        " ",
        "\n",
        "\r",
        "é",
        "😀",
        "\\x",
        "\\d",
        "\\{",
        "\\ud800",
        "a",
        "0",
    ];
    let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
    let mut next = move || {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) as usize
    };
    for round in 0..30_000 {
        let mut text = String::new();
        if round % 3 != 0 {
            text.push_str(["f", "rf", "F", "fR"][next() % 4]);
            text.push_str(["'", "\"\"\""][next() % 2]);
        }
        for _ in 0..next() % 16 {
            text.push_str(ALPHABET[next() % ALPHABET.len()]);
        }
        if round % 3 == 2 {
            // Raw random bytes, made valid UTF-8.
            let bytes: Vec<u8> = (0..next() % 8).map(|_| next() as u8).collect();
            text.push_str(&String::from_utf8_lossy(&bytes));
        }
        if round % 3 != 0 {
            text.push_str(if text.contains("\"\"\"") {
                "\"\"\""
            } else {
                "'"
            });
        }
        let start = (next() % 1000) as u32;
        let end = start + text.len() as u32;
        let inside = |span: Span| start <= span.start && span.start <= span.end && span.end <= end;
        match split_fstring(&text, start) {
            Ok(split) => {
                assert!(split.warnings.iter().all(|w| inside(w.span)), "{text:?}");
                check_parts(&split.parts, &inside, &text);
            }
            Err(error) => {
                assert!(inside(error.error.span), "{text:?}: {error:?}");
                assert!(
                    error.expressions_before.iter().all(|&s| inside(s)),
                    "{text:?}"
                );
            }
        }
    }
}

fn check_parts(parts: &[FStringPart], inside: &dyn Fn(Span) -> bool, text: &str) {
    for part in parts {
        match part {
            FStringPart::Literal { span, .. } | FStringPart::LiteralWithSurrogates { span, .. } => {
                assert!(inside(*span), "{text:?}");
            }
            FStringPart::Field(field) => {
                assert!(inside(field.span) && inside(field.expression), "{text:?}");
                check_parts(field.format_spec.as_deref().unwrap_or(&[]), inside, text);
            }
        }
    }
}
