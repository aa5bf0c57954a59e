//! `match` statements and every kind of pattern.

use pyvm_ast::*;

use crate::build::{bx, Load, Src, P};

#[test]
fn match_statement() {
    // match p:
    //     case 0 | -1 | 1.5j:
    //         pass
    //     case None:
    //         pass
    //     case [x, *rest] if x:
    //         pass
    //     case {"k": v, **kw}:
    //         pass
    //     case Point(1, y=(a, b)) as q:
    //         pass
    //     case _:
    //         pass
    let s = Src::new("match");
    let value = |p: P, value: Expr| -> Pattern {
        PatternMatchValue {
            span: s.span(p),
            value: bx(value),
        }
        .into()
    };
    let capture = |p: P, name: Option<&str>| -> Pattern {
        PatternMatchAs {
            span: s.span(p),
            pattern: None,
            name: name.map(Into::into),
        }
        .into()
    };
    let case = |pattern: Pattern, guard: Option<Expr>, line: u32| MatchCase {
        pattern,
        guard: guard.map(bx),
        body: vec![s.pass((line, 8, line, 12))],
    };

    let minus_one = ExprUnaryOp {
        span: s.span((2, 13, 2, 15)),
        op: UnaryOp::USub,
        operand: bx(s.int((2, 14, 2, 15), 1)),
    };
    let imaginary = Constant::Complex {
        real: 0.0,
        imag: 1.5,
    };
    let or_pattern = PatternMatchOr {
        span: s.span((2, 9, 2, 22)),
        patterns: vec![
            value((2, 9, 2, 10), s.int((2, 9, 2, 10), 0)),
            value((2, 13, 2, 15), minus_one.into()),
            value((2, 18, 2, 22), s.constant((2, 18, 2, 22), imaginary)),
        ],
    };
    let singleton = PatternMatchSingleton {
        span: s.span((4, 9, 4, 13)),
        value: Constant::None,
    };
    let sequence = PatternMatchSequence {
        span: s.span((6, 9, 6, 19)),
        patterns: vec![
            capture((6, 10, 6, 11), Some("x")),
            PatternMatchStar {
                span: s.span((6, 13, 6, 18)),
                name: Some("rest".into()),
            }
            .into(),
        ],
    };
    let mapping = PatternMatchMapping {
        span: s.span((8, 9, 8, 23)),
        keys: vec![s.str((8, 10, 8, 13), "k")],
        patterns: vec![capture((8, 15, 8, 16), Some("v"))],
        rest: Some("kw".into()),
    };
    let class = PatternMatchClass {
        span: s.span((10, 9, 10, 27)),
        cls: bx(s.name((10, 9, 10, 14), "Point", Load)),
        patterns: vec![value((10, 15, 10, 16), s.int((10, 15, 10, 16), 1))],
        kwd_attrs: vec!["y".into()],
        kwd_patterns: vec![PatternMatchSequence {
            span: s.span((10, 20, 10, 26)),
            patterns: vec![
                capture((10, 21, 10, 22), Some("a")),
                capture((10, 24, 10, 25), Some("b")),
            ],
        }
        .into()],
    };
    let class_as = PatternMatchAs {
        span: s.span((10, 9, 10, 32)),
        pattern: Some(bx(class.into())),
        name: Some("q".into()),
    };
    s.check(vec![StmtMatch {
        span: s.span((1, 0, 13, 12)),
        subject: bx(s.name((1, 6, 1, 7), "p", Load)),
        cases: vec![
            case(or_pattern.into(), None, 3),
            case(singleton.into(), None, 5),
            case(sequence.into(), Some(s.name((6, 23, 6, 24), "x", Load)), 7),
            case(mapping.into(), None, 9),
            case(class_as.into(), None, 11),
            // The wildcard `_` is a MatchAs without pattern or name.
            case(capture((12, 9, 12, 10), None), None, 13),
        ],
    }
    .into()]);
}
