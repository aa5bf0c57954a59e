//! Operators, calls, subscripts, constants, f-strings, comprehensions and
//! non-ASCII source.

use pyvm_ast::*;

use crate::build::{bx, Load, Src, Store, P};

fn assign(s: &Src, p: P, target: Expr, value: Expr) -> Stmt {
    StmtAssign {
        span: s.span(p),
        targets: vec![target],
        value: bx(value),
        type_comment: None,
    }
    .into()
}

#[test]
fn expressions() {
    // v = not a and b or -c ** 2 // d @ e
    // w = 1 < x <= 3 != y is not None in z
    // q = t[1:2, ::3] if (n := len(t)) else t[...]
    // call(*args, key=1, **kwargs)
    // consts = (1, 1.5, 1e16, 2j, b'x\x00', u'y', None, True, 123456789012345678901234567890)
    let s = Src::new("expressions");
    let bin = |p, left, op, right| -> Expr {
        ExprBinOp {
            span: s.span(p),
            left: bx(left),
            op,
            right: bx(right),
        }
        .into()
    };
    let unary = |p, op, operand| -> Expr {
        ExprUnaryOp {
            span: s.span(p),
            op,
            operand: bx(operand),
        }
        .into()
    };

    let not_a_and_b = ExprBoolOp {
        span: s.span((1, 4, 1, 15)),
        op: BoolOp::And,
        values: vec![
            unary((1, 4, 1, 9), UnaryOp::Not, s.name((1, 8, 1, 9), "a", Load)),
            s.name((1, 14, 1, 15), "b", Load),
        ],
    };
    // `-c ** 2`: the power binds tighter than the minus.
    let c_pow = bin(
        (1, 20, 1, 26),
        s.name((1, 20, 1, 21), "c", Load),
        Operator::Pow,
        s.int((1, 25, 1, 26), 2),
    );
    let neg = unary((1, 19, 1, 26), UnaryOp::USub, c_pow);
    let floor_div = bin(
        (1, 19, 1, 31),
        neg,
        Operator::FloorDiv,
        s.name((1, 30, 1, 31), "d", Load),
    );
    let mat_mult = bin(
        (1, 19, 1, 35),
        floor_div,
        Operator::MatMult,
        s.name((1, 34, 1, 35), "e", Load),
    );
    let line1 = ExprBoolOp {
        span: s.span((1, 4, 1, 35)),
        op: BoolOp::Or,
        values: vec![not_a_and_b.into(), mat_mult],
    };

    let line2 = ExprCompare {
        span: s.span((2, 4, 2, 36)),
        left: bx(s.int((2, 4, 2, 5), 1)),
        ops: vec![CmpOp::Lt, CmpOp::LtE, CmpOp::NotEq, CmpOp::IsNot, CmpOp::In],
        comparators: vec![
            s.name((2, 8, 2, 9), "x", Load),
            s.int((2, 13, 2, 14), 3),
            s.name((2, 18, 2, 19), "y", Load),
            s.constant((2, 27, 2, 31), Constant::None),
            s.name((2, 35, 2, 36), "z", Load),
        ],
    };

    let slices = ExprTuple {
        span: s.span((3, 6, 3, 14)),
        elts: vec![
            ExprSlice {
                span: s.span((3, 6, 3, 9)),
                lower: Some(bx(s.int((3, 6, 3, 7), 1))),
                upper: Some(bx(s.int((3, 8, 3, 9), 2))),
                step: None,
            }
            .into(),
            ExprSlice {
                span: s.span((3, 11, 3, 14)),
                lower: None,
                upper: None,
                step: Some(bx(s.int((3, 13, 3, 14), 3))),
            }
            .into(),
        ],
        ctx: Load,
    };
    let walrus = ExprNamedExpr {
        span: s.span((3, 20, 3, 31)),
        target: bx(s.name((3, 20, 3, 21), "n", Store)),
        value: bx(s.call(
            (3, 25, 3, 31),
            s.name((3, 25, 3, 28), "len", Load),
            vec![s.name((3, 29, 3, 30), "t", Load)],
        )),
    };
    let line3 = ExprIfExp {
        span: s.span((3, 4, 3, 44)),
        test: bx(walrus.into()),
        body: bx(ExprSubscript {
            span: s.span((3, 4, 3, 15)),
            value: bx(s.name((3, 4, 3, 5), "t", Load)),
            slice: bx(slices.into()),
            ctx: Load,
        }
        .into()),
        orelse: bx(ExprSubscript {
            span: s.span((3, 38, 3, 44)),
            value: bx(s.name((3, 38, 3, 39), "t", Load)),
            slice: bx(s.constant((3, 40, 3, 43), Constant::Ellipsis)),
            ctx: Load,
        }
        .into()),
    };

    let line4 = ExprCall {
        span: s.span((4, 0, 4, 28)),
        func: bx(s.name((4, 0, 4, 4), "call", Load)),
        args: vec![ExprStarred {
            span: s.span((4, 5, 4, 10)),
            value: bx(s.name((4, 6, 4, 10), "args", Load)),
            ctx: Load,
        }
        .into()],
        keywords: vec![
            s.keyword((4, 12, 4, 17), Some("key"), s.int((4, 16, 4, 17), 1)),
            s.keyword((4, 19, 4, 27), None, s.name((4, 21, 4, 27), "kwargs", Load)),
        ],
    };

    let big: BigInt = "123456789012345678901234567890".parse().expect("digits");
    let line5 = ExprTuple {
        span: s.span((5, 9, 5, 87)),
        elts: vec![
            s.int((5, 10, 5, 11), 1),
            s.constant((5, 13, 5, 16), Constant::Float(1.5)),
            s.constant((5, 18, 5, 22), Constant::Float(1e16)),
            s.constant(
                (5, 24, 5, 26),
                Constant::Complex {
                    real: 0.0,
                    imag: 2.0,
                },
            ),
            s.constant((5, 28, 5, 36), Constant::Bytes(b"x\x00".to_vec())),
            ExprConstant {
                span: s.span((5, 38, 5, 42)),
                value: Constant::Str("y".into()),
                kind: Some("u".into()),
            }
            .into(),
            s.constant((5, 44, 5, 48), Constant::None),
            s.constant((5, 50, 5, 54), Constant::Bool(true)),
            s.constant((5, 56, 5, 86), Constant::Int(Int::from_bigint(big))),
        ],
        ctx: Load,
    };

    s.check(vec![
        assign(
            &s,
            (1, 0, 1, 35),
            s.name((1, 0, 1, 1), "v", Store),
            line1.into(),
        ),
        assign(
            &s,
            (2, 0, 2, 36),
            s.name((2, 0, 2, 1), "w", Store),
            line2.into(),
        ),
        assign(
            &s,
            (3, 0, 3, 44),
            s.name((3, 0, 3, 1), "q", Store),
            line3.into(),
        ),
        s.expr_stmt((4, 0, 4, 28), line4.into()),
        assign(
            &s,
            (5, 0, 5, 87),
            s.name((5, 0, 5, 6), "consts", Store),
            line5.into(),
        ),
    ]);
}

#[test]
fn fstring() {
    // s = f"a{x!r:>{width}} b {y=}"
    // t = f'{z}' "plain"
    let s = Src::new("fstring");
    // CPython 3.11 gives every part of an f-string (the literal Constants,
    // the FormattedValues, a format spec's JoinedStr) the position of the
    // whole string; only the expressions inside have their own.
    let whole1 = (1, 4, 1, 29);
    let spec = ExprJoinedStr {
        span: s.span(whole1),
        values: vec![
            s.str(whole1, ">"),
            ExprFormattedValue {
                span: s.span(whole1),
                value: bx(s.name((1, 14, 1, 19), "width", Load)),
                conversion: Conversion::None,
                format_spec: None,
            }
            .into(),
        ],
    };
    let line1 = ExprJoinedStr {
        span: s.span(whole1),
        values: vec![
            s.str(whole1, "a"),
            ExprFormattedValue {
                span: s.span(whole1),
                value: bx(s.name((1, 8, 1, 9), "x", Load)),
                conversion: Conversion::Repr,
                format_spec: Some(bx(spec.into())),
            }
            .into(),
            // `{y=}` becomes the text "y=" and a repr conversion.
            s.str(whole1, " b y="),
            ExprFormattedValue {
                span: s.span(whole1),
                value: bx(s.name((1, 25, 1, 26), "y", Load)),
                conversion: Conversion::Repr,
                format_spec: None,
            }
            .into(),
        ],
    };
    let whole2 = (2, 4, 2, 18);
    let line2 = ExprJoinedStr {
        span: s.span(whole2),
        values: vec![
            ExprFormattedValue {
                span: s.span(whole2),
                value: bx(s.name((2, 7, 2, 8), "z", Load)),
                conversion: Conversion::None,
                format_spec: None,
            }
            .into(),
            s.str(whole2, "plain"),
        ],
    };
    s.check(vec![
        assign(
            &s,
            (1, 0, 1, 29),
            s.name((1, 0, 1, 1), "s", Store),
            line1.into(),
        ),
        assign(
            &s,
            (2, 0, 2, 18),
            s.name((2, 0, 2, 1), "t", Store),
            line2.into(),
        ),
    ]);
}

#[test]
fn comprehension() {
    // r = [i * j for i in a if i for j in b]
    // s = {k: v for k, v in d.items()}
    // t = {e for e in c}
    // u = sum(n for n in m)
    let s = Src::new("comprehension");
    let for_in = |target: Expr, iter: Expr, ifs: Vec<Expr>| Comprehension {
        target,
        iter,
        ifs,
        is_async: false,
    };

    let list = ExprListComp {
        span: s.span((1, 4, 1, 38)),
        elt: bx(ExprBinOp {
            span: s.span((1, 5, 1, 10)),
            left: bx(s.name((1, 5, 1, 6), "i", Load)),
            op: Operator::Mult,
            right: bx(s.name((1, 9, 1, 10), "j", Load)),
        }
        .into()),
        generators: vec![
            for_in(
                s.name((1, 15, 1, 16), "i", Store),
                s.name((1, 20, 1, 21), "a", Load),
                vec![s.name((1, 25, 1, 26), "i", Load)],
            ),
            for_in(
                s.name((1, 31, 1, 32), "j", Store),
                s.name((1, 36, 1, 37), "b", Load),
                vec![],
            ),
        ],
    };
    let items = ExprAttribute {
        span: s.span((2, 22, 2, 29)),
        value: bx(s.name((2, 22, 2, 23), "d", Load)),
        attr: "items".into(),
        ctx: Load,
    };
    let dict = ExprDictComp {
        span: s.span((2, 4, 2, 32)),
        key: bx(s.name((2, 5, 2, 6), "k", Load)),
        value: bx(s.name((2, 8, 2, 9), "v", Load)),
        generators: vec![for_in(
            ExprTuple {
                span: s.span((2, 14, 2, 18)),
                elts: vec![
                    s.name((2, 14, 2, 15), "k", Store),
                    s.name((2, 17, 2, 18), "v", Store),
                ],
                ctx: Store,
            }
            .into(),
            s.call((2, 22, 2, 31), items.into(), vec![]),
            vec![],
        )],
    };
    let set = ExprSetComp {
        span: s.span((3, 4, 3, 18)),
        elt: bx(s.name((3, 5, 3, 6), "e", Load)),
        generators: vec![for_in(
            s.name((3, 11, 3, 12), "e", Store),
            s.name((3, 16, 3, 17), "c", Load),
            vec![],
        )],
    };
    // A generator expression that is a call's only argument shares the
    // call's parentheses.
    let generator = ExprGeneratorExp {
        span: s.span((4, 7, 4, 21)),
        elt: bx(s.name((4, 8, 4, 9), "n", Load)),
        generators: vec![for_in(
            s.name((4, 14, 4, 15), "n", Store),
            s.name((4, 19, 4, 20), "m", Load),
            vec![],
        )],
    };
    let sum = s.call(
        (4, 4, 4, 21),
        s.name((4, 4, 4, 7), "sum", Load),
        vec![generator.into()],
    );
    s.check(vec![
        assign(
            &s,
            (1, 0, 1, 38),
            s.name((1, 0, 1, 1), "r", Store),
            list.into(),
        ),
        assign(
            &s,
            (2, 0, 2, 32),
            s.name((2, 0, 2, 1), "s", Store),
            dict.into(),
        ),
        assign(
            &s,
            (3, 0, 3, 18),
            s.name((3, 0, 3, 1), "t", Store),
            set.into(),
        ),
        assign(&s, (4, 0, 4, 21), s.name((4, 0, 4, 1), "u", Store), sum),
    ]);
}

#[test]
fn unicode() {
    // café = "naïve ☃"
    // print(café, '\ud800')
    let s = Src::new("unicode");
    // Columns are UTF-8 byte offsets: "café" is 5 bytes.
    let lone_surrogate = Constant::StrWithSurrogates(vec![0xd800]);
    let print = s.call(
        (2, 0, 2, 22),
        s.name((2, 0, 2, 5), "print", Load),
        vec![
            s.name((2, 6, 2, 11), "café", Load),
            s.constant((2, 13, 2, 21), lone_surrogate),
        ],
    );
    s.check(vec![
        assign(
            &s,
            (1, 0, 1, 20),
            s.name((1, 0, 1, 5), "café", Store),
            s.str((1, 8, 1, 20), "naïve ☃"),
        ),
        s.expr_stmt((2, 0, 2, 22), print),
    ]);
}
