//! Pattern matching: `match` subjects, every kind of pattern (value,
//! singleton, capture, wildcard, sequence in both brackets and open,
//! mapping with `**rest`, class with positional and keyword patterns, star,
//! `as`, `|`), guards, and `match`, `case` and `_` used as names. The
//! expected trees are CPython 3.11's, recorded by
//! `scripts/record_parser_snapshots.py` from the sources listed here.

#[macro_use]
mod common;

snapshot_tests! {
    value_patterns: Exec, r"match x:
    case 1:
        pass
    case -1:
        pass
    case 1.5:
        pass
    case 'a':
        pass
    case 'a' 'b':
        pass
    case b'x':
        pass
    case a.b:
        pass
    case a.b.c:
        pass
";
    complex_number_patterns: Exec, r"match x:
    case 2j:
        pass
    case -2j:
        pass
    case 1 + 2j:
        pass
    case -1 - 2j:
        pass
    case -0.5 + 1.5j:
        pass
";
    singleton_patterns: Exec, r"match x:
    case None:
        pass
    case True:
        pass
    case False:
        pass
";
    capture_and_wildcard_patterns: Exec, r"match x:
    case a:
        pass
    case _:
        pass
";
    bracket_sequence_patterns: Exec, r"match x:
    case []:
        pass
    case [a]:
        pass
    case [a, b]:
        pass
    case [a, b,]:
        pass
    case [1, [2, 3]]:
        pass
";
    parenthesized_sequence_patterns: Exec, r"match x:
    case ():
        pass
    case (a,):
        pass
    case (a, b):
        pass
    case (a):
        pass
    case ((a, b), c):
        pass
";
    open_sequence_patterns: Exec, r"match x:
    case a, b:
        pass
    case a,:
        pass
    case a, *b:
        pass
    case *a, b:
        pass
    case 1, (2, 3), [4]:
        pass
";
    star_patterns: Exec, r"match x:
    case [*rest]:
        pass
    case [*_]:
        pass
    case [a, *rest, b]:
        pass
    case (*a, b):
        pass
    case *_, last:
        pass
";
    mapping_patterns: Exec, r"match x:
    case {}:
        pass
    case {'a': 1, 'b': c}:
        pass
    case {1: _, **rest}:
        pass
    case {**rest}:
        pass
    case {a.b: c, -1: d, 1 + 2j: e}:
        pass
    case {None: x, True: y, False: z,}:
        pass
    case {b'k': [a, b], 'k2': {'n': n}}:
        pass
";
    class_patterns: Exec, r"match x:
    case Point():
        pass
    case Point(1, 2):
        pass
    case Point(x=1, y=2):
        pass
    case Point(1, y=2):
        pass
    case Point(1,):
        pass
    case a.b.C(x, y=[z]):
        pass
    case int(n) | float(n):
        pass
";
    as_patterns: Exec, r"match x:
    case [a] as b:
        pass
    case (1 | 2) as c:
        pass
    case _ as d:
        pass
    case Point(x=0 as x0) as p:
        pass
    case [(a as b), c as d]:
        pass
";
    or_patterns: Exec, r"match x:
    case 1 | 2 | 3:
        pass
    case [a] | (a,):
        pass
    case None | True | 'x':
        pass
    case (1 | 2) | 3:
        pass
";
    guards: Exec, r"match x:
    case a if a > 0:
        pass
    case [a, b] if a == b:
        pass
    case _ if (y := f()):
        pass
    case Point(x=x) if x and not y:
        pass
";
    nested_patterns: Exec, r"match x:
    case {'k': [Point(x=0) | Point(y=0) as p, *_]}:
        pass
    case [{'a': [1, *r]}, (Point(b, c=[d, e]) | None)]:
        pass
";
    subject_forms: Exec, r"match x, y:
    case a, b:
        pass
match *a, b:
    case _:
        pass
match (x):
    case _:
        pass
match f(x):
    case _:
        pass
match x := f():
    case _:
        pass
match -x:
    case _:
        pass
";
    case_bodies: Exec, r"match x:
    case 1: pass
    case 2: a; b
    case 3:
        if a:
            pass
        return_value = 1
match y:
    case _:
        match z:
            case _:
                pass
";
    soft_keywords_as_names: Exec, r"match = 1
case = 2
_ = 3
match(a, b)
match[a]
match.a = case
match * 2
print(match, case, _)
match match:
    case case:
        pass
";
    soft_keywords_in_patterns: Exec, r"match x:
    case match:
        pass
    case case.match:
        pass
    case match(case=_):
        pass
    case {'match': case}:
        pass
";
}
