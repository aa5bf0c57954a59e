//! Simple and compound statements.

use pyvm_ast::*;

use crate::build::{bx, Del, Load, Src, Store};

#[test]
fn assign() {
    // x = 1
    // y: int = 2
    // a, *b = c = d
    // x += 1
    // del x[0], y.z
    let s = Src::new("assign");
    let a_b = ExprTuple {
        span: s.span((3, 0, 3, 5)),
        elts: vec![
            s.name((3, 0, 3, 1), "a", Store),
            ExprStarred {
                span: s.span((3, 3, 3, 5)),
                value: bx(s.name((3, 4, 3, 5), "b", Store)),
                ctx: Store,
            }
            .into(),
        ],
        ctx: Store,
    };
    s.check(vec![
        StmtAssign {
            span: s.span((1, 0, 1, 5)),
            targets: vec![s.name((1, 0, 1, 1), "x", Store)],
            value: bx(s.int((1, 4, 1, 5), 1)),
            type_comment: None,
        }
        .into(),
        StmtAnnAssign {
            span: s.span((2, 0, 2, 10)),
            target: bx(s.name((2, 0, 2, 1), "y", Store)),
            annotation: bx(s.name((2, 3, 2, 6), "int", Load)),
            value: Some(bx(s.int((2, 9, 2, 10), 2))),
            simple: true,
        }
        .into(),
        StmtAssign {
            span: s.span((3, 0, 3, 13)),
            targets: vec![a_b.into(), s.name((3, 8, 3, 9), "c", Store)],
            value: bx(s.name((3, 12, 3, 13), "d", Load)),
            type_comment: None,
        }
        .into(),
        StmtAugAssign {
            span: s.span((4, 0, 4, 6)),
            target: bx(s.name((4, 0, 4, 1), "x", Store)),
            op: Operator::Add,
            value: bx(s.int((4, 5, 4, 6), 1)),
        }
        .into(),
        StmtDelete {
            span: s.span((5, 0, 5, 13)),
            targets: vec![
                ExprSubscript {
                    span: s.span((5, 4, 5, 8)),
                    value: bx(s.name((5, 4, 5, 5), "x", Load)),
                    slice: bx(s.int((5, 6, 5, 7), 0)),
                    ctx: Del,
                }
                .into(),
                ExprAttribute {
                    span: s.span((5, 10, 5, 13)),
                    value: bx(s.name((5, 10, 5, 11), "y", Load)),
                    attr: "z".into(),
                    ctx: Del,
                }
                .into(),
            ],
        }
        .into(),
    ]);
}

#[test]
fn classdef() {
    // class C(Base, metaclass=M):
    //     """doc"""
    //     x: int
    //     def m(self): pass
    let s = Src::new("classdef");
    let method = StmtFunctionDef {
        span: s.span((4, 4, 4, 21)),
        name: "m".into(),
        args: bx(Arguments {
            args: vec![s.arg((4, 10, 4, 14), "self", None)],
            ..Arguments::default()
        }),
        body: vec![s.pass((4, 17, 4, 21))],
        decorator_list: vec![],
        returns: None,
        type_comment: None,
    };
    s.check(vec![StmtClassDef {
        span: s.span((1, 0, 4, 21)),
        name: "C".into(),
        bases: vec![s.name((1, 8, 1, 12), "Base", Load)],
        keywords: vec![s.keyword(
            (1, 14, 1, 25),
            Some("metaclass"),
            s.name((1, 24, 1, 25), "M", Load),
        )],
        body: vec![
            s.expr_stmt((2, 4, 2, 13), s.str((2, 4, 2, 13), "doc")),
            StmtAnnAssign {
                span: s.span((3, 4, 3, 10)),
                target: bx(s.name((3, 4, 3, 5), "x", Store)),
                annotation: bx(s.name((3, 7, 3, 10), "int", Load)),
                value: None,
                simple: true,
            }
            .into(),
            method.into(),
        ],
        decorator_list: vec![],
    }
    .into()]);
}

#[test]
fn try_except() {
    // try:
    //     f()
    // except (A, B) as e:
    //     raise C from e
    // except:
    //     pass
    // else:
    //     g()
    // finally:
    //     h()
    let s = Src::new("try_except");
    let call_stmt = |line, name| {
        let func = s.name((line, 4, line, 5), name, Load);
        s.expr_stmt((line, 4, line, 7), s.call((line, 4, line, 7), func, vec![]))
    };
    let handler_a_b = ExceptHandlerExceptHandler {
        span: s.span((3, 0, 4, 18)),
        type_: Some(bx(ExprTuple {
            span: s.span((3, 7, 3, 13)),
            elts: vec![
                s.name((3, 8, 3, 9), "A", Load),
                s.name((3, 11, 3, 12), "B", Load),
            ],
            ctx: Load,
        }
        .into())),
        name: Some("e".into()),
        body: vec![StmtRaise {
            span: s.span((4, 4, 4, 18)),
            exc: Some(bx(s.name((4, 10, 4, 11), "C", Load))),
            cause: Some(bx(s.name((4, 17, 4, 18), "e", Load))),
        }
        .into()],
    };
    let bare_handler = ExceptHandlerExceptHandler {
        span: s.span((5, 0, 6, 8)),
        type_: None,
        name: None,
        body: vec![s.pass((6, 4, 6, 8))],
    };
    s.check(vec![StmtTry {
        span: s.span((1, 0, 10, 7)),
        body: vec![call_stmt(2, "f")],
        handlers: vec![handler_a_b.into(), bare_handler.into()],
        orelse: vec![call_stmt(8, "g")],
        finalbody: vec![call_stmt(10, "h")],
    }
    .into()]);
}

#[test]
fn imports() {
    // import os.path as p, sys
    // from ..pkg.mod import (a as b, c)
    // from . import d
    // from x import *
    let s = Src::new("imports");
    let alias = |p, name: &str, asname: Option<&str>| Alias {
        span: s.span(p),
        name: name.into(),
        asname: asname.map(Into::into),
    };
    s.check(vec![
        StmtImport {
            span: s.span((1, 0, 1, 24)),
            names: vec![
                alias((1, 7, 1, 19), "os.path", Some("p")),
                alias((1, 21, 1, 24), "sys", None),
            ],
        }
        .into(),
        StmtImportFrom {
            span: s.span((2, 0, 2, 33)),
            module: Some("pkg.mod".into()),
            names: vec![
                alias((2, 23, 2, 29), "a", Some("b")),
                alias((2, 31, 2, 32), "c", None),
            ],
            level: 2,
        }
        .into(),
        StmtImportFrom {
            span: s.span((3, 0, 3, 15)),
            module: None,
            names: vec![alias((3, 14, 3, 15), "d", None)],
            level: 1,
        }
        .into(),
        StmtImportFrom {
            span: s.span((4, 0, 4, 15)),
            module: Some("x".into()),
            names: vec![alias((4, 14, 4, 15), "*", None)],
            level: 0,
        }
        .into(),
    ]);
}

#[test]
fn scopes() {
    // def f():
    //     global a, b
    //     def g():
    //         nonlocal c
    let s = Src::new("scopes");
    let g = StmtFunctionDef {
        span: s.span((3, 4, 4, 18)),
        name: "g".into(),
        args: bx(Arguments::default()),
        body: vec![StmtNonlocal {
            span: s.span((4, 8, 4, 18)),
            names: vec!["c".into()],
        }
        .into()],
        decorator_list: vec![],
        returns: None,
        type_comment: None,
    };
    s.check(vec![StmtFunctionDef {
        span: s.span((1, 0, 4, 18)),
        name: "f".into(),
        args: bx(Arguments::default()),
        body: vec![
            StmtGlobal {
                span: s.span((2, 4, 2, 15)),
                names: vec!["a".into(), "b".into()],
            }
            .into(),
            g.into(),
        ],
        decorator_list: vec![],
        returns: None,
        type_comment: None,
    }
    .into()]);
}

#[test]
fn with_items() {
    // with open(f) as fh, lock:
    //     pass
    // with (a as b, c as (d, e)):
    //     pass
    let s = Src::new("with_items");
    let open_f = s.call(
        (1, 5, 1, 12),
        s.name((1, 5, 1, 9), "open", Load),
        vec![s.name((1, 10, 1, 11), "f", Load)],
    );
    let d_e = ExprTuple {
        span: s.span((3, 19, 3, 25)),
        elts: vec![
            s.name((3, 20, 3, 21), "d", Store),
            s.name((3, 23, 3, 24), "e", Store),
        ],
        ctx: Store,
    };
    s.check(vec![
        StmtWith {
            span: s.span((1, 0, 2, 8)),
            items: vec![
                WithItem {
                    context_expr: open_f,
                    optional_vars: Some(bx(s.name((1, 16, 1, 18), "fh", Store))),
                },
                WithItem {
                    context_expr: s.name((1, 20, 1, 24), "lock", Load),
                    optional_vars: None,
                },
            ],
            body: vec![s.pass((2, 4, 2, 8))],
            type_comment: None,
        }
        .into(),
        StmtWith {
            span: s.span((3, 0, 4, 8)),
            items: vec![
                WithItem {
                    context_expr: s.name((3, 6, 3, 7), "a", Load),
                    optional_vars: Some(bx(s.name((3, 11, 3, 12), "b", Store))),
                },
                WithItem {
                    context_expr: s.name((3, 14, 3, 15), "c", Load),
                    optional_vars: Some(bx(d_e.into())),
                },
            ],
            body: vec![s.pass((4, 4, 4, 8))],
            type_comment: None,
        }
        .into(),
    ]);
}

#[test]
fn control() {
    // while x:
    //     break
    // else:
    //     continue
    // if a:
    //     pass
    // elif b:
    //     assert c, "msg"
    // else:
    //     yield from d
    // try:
    //     pass
    // except* E:
    //     pass
    let s = Src::new("control");
    let elif = StmtIf {
        span: s.span((7, 0, 10, 16)),
        test: bx(s.name((7, 5, 7, 6), "b", Load)),
        body: vec![StmtAssert {
            span: s.span((8, 4, 8, 19)),
            test: bx(s.name((8, 11, 8, 12), "c", Load)),
            msg: Some(bx(s.str((8, 14, 8, 19), "msg"))),
        }
        .into()],
        orelse: vec![s.expr_stmt(
            (10, 4, 10, 16),
            ExprYieldFrom {
                span: s.span((10, 4, 10, 16)),
                value: bx(s.name((10, 15, 10, 16), "d", Load)),
            }
            .into(),
        )],
    };
    s.check(vec![
        StmtWhile {
            span: s.span((1, 0, 4, 12)),
            test: bx(s.name((1, 6, 1, 7), "x", Load)),
            body: vec![StmtBreak {
                span: s.span((2, 4, 2, 9)),
            }
            .into()],
            orelse: vec![StmtContinue {
                span: s.span((4, 4, 4, 12)),
            }
            .into()],
        }
        .into(),
        StmtIf {
            span: s.span((5, 0, 10, 16)),
            test: bx(s.name((5, 3, 5, 4), "a", Load)),
            body: vec![s.pass((6, 4, 6, 8))],
            orelse: vec![elif.into()],
        }
        .into(),
        StmtTryStar {
            span: s.span((11, 0, 14, 8)),
            body: vec![s.pass((12, 4, 12, 8))],
            handlers: vec![ExceptHandlerExceptHandler {
                span: s.span((13, 0, 14, 8)),
                type_: Some(bx(s.name((13, 8, 13, 9), "E", Load))),
                name: None,
                body: vec![s.pass((14, 4, 14, 8))],
            }
            .into()],
            orelse: vec![],
            finalbody: vec![],
        }
        .into(),
    ]);
}

#[test]
fn decorators() {
    // @dec
    // @mod.dec(1, k=2)
    // def f(): ...
    // @cls_dec
    // class K: pass
    let s = Src::new("decorators");
    let mod_dec = ExprCall {
        span: s.span((2, 1, 2, 16)),
        func: bx(ExprAttribute {
            span: s.span((2, 1, 2, 8)),
            value: bx(s.name((2, 1, 2, 4), "mod", Load)),
            attr: "dec".into(),
            ctx: Load,
        }
        .into()),
        args: vec![s.int((2, 9, 2, 10), 1)],
        keywords: vec![s.keyword((2, 12, 2, 15), Some("k"), s.int((2, 14, 2, 15), 2))],
    };
    s.check(vec![
        StmtFunctionDef {
            // A decorated definition starts at `def`, not at its decorators.
            span: s.span((3, 0, 3, 12)),
            name: "f".into(),
            args: bx(Arguments::default()),
            body: vec![s.expr_stmt((3, 9, 3, 12), s.constant((3, 9, 3, 12), Constant::Ellipsis))],
            decorator_list: vec![s.name((1, 1, 1, 4), "dec", Load), mod_dec.into()],
            returns: None,
            type_comment: None,
        }
        .into(),
        StmtClassDef {
            span: s.span((5, 0, 5, 13)),
            name: "K".into(),
            bases: vec![],
            keywords: vec![],
            body: vec![s.pass((5, 9, 5, 13))],
            decorator_list: vec![s.name((4, 1, 4, 8), "cls_dec", Load)],
        }
        .into(),
    ]);
}
