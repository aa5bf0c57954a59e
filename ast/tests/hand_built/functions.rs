//! Function definitions, parameters, lambdas and async constructs.

use pyvm_ast::*;

use crate::build::{bx, Load, Src, Store};

#[test]
fn func_args() {
    // def f(a, b: int = 1, /, c=2, *args, d, e: str = 'x', **kw) -> None:
    //     return a
    let s = Src::new("func_args");
    let int = s.name((1, 12, 1, 15), "int", Load);
    let str_ = s.name((1, 42, 1, 45), "str", Load);
    let args = Arguments {
        posonlyargs: vec![
            s.arg((1, 6, 1, 7), "a", None),
            s.arg((1, 9, 1, 15), "b", Some(int)),
        ],
        args: vec![s.arg((1, 24, 1, 25), "c", None)],
        vararg: Some(bx(s.arg((1, 30, 1, 34), "args", None))),
        kwonlyargs: vec![
            s.arg((1, 36, 1, 37), "d", None),
            s.arg((1, 39, 1, 45), "e", Some(str_)),
        ],
        // `d` has no default: CPython puts None in the list.
        kw_defaults: vec![None, Some(s.str((1, 48, 1, 51), "x"))],
        kwarg: Some(bx(s.arg((1, 55, 1, 57), "kw", None))),
        defaults: vec![s.int((1, 18, 1, 19), 1), s.int((1, 26, 1, 27), 2)],
    };
    s.check(vec![StmtFunctionDef {
        span: s.span((1, 0, 2, 12)),
        name: "f".into(),
        args: bx(args),
        body: vec![StmtReturn {
            span: s.span((2, 4, 2, 12)),
            value: Some(bx(s.name((2, 11, 2, 12), "a", Load))),
        }
        .into()],
        decorator_list: vec![],
        returns: Some(bx(s.constant((1, 62, 1, 66), Constant::None))),
        type_comment: None,
    }
    .into()]);
}

#[test]
fn lambda() {
    // f = lambda x, *y, z=1, **k: (x, y)
    // g = lambda: 0
    let s = Src::new("lambda");
    let f = ExprLambda {
        span: s.span((1, 4, 1, 34)),
        args: bx(Arguments {
            args: vec![s.arg((1, 11, 1, 12), "x", None)],
            vararg: Some(bx(s.arg((1, 15, 1, 16), "y", None))),
            kwonlyargs: vec![s.arg((1, 18, 1, 19), "z", None)],
            kw_defaults: vec![Some(s.int((1, 20, 1, 21), 1))],
            kwarg: Some(bx(s.arg((1, 25, 1, 26), "k", None))),
            ..Arguments::default()
        }),
        body: bx(ExprTuple {
            span: s.span((1, 28, 1, 34)),
            elts: vec![
                s.name((1, 29, 1, 30), "x", Load),
                s.name((1, 32, 1, 33), "y", Load),
            ],
            ctx: Load,
        }
        .into()),
    };
    let g = ExprLambda {
        span: s.span((2, 4, 2, 13)),
        args: bx(Arguments::default()),
        body: bx(s.int((2, 12, 2, 13), 0)),
    };
    s.check(vec![
        StmtAssign {
            span: s.span((1, 0, 1, 34)),
            targets: vec![s.name((1, 0, 1, 1), "f", Store)],
            value: bx(f.into()),
            type_comment: None,
        }
        .into(),
        StmtAssign {
            span: s.span((2, 0, 2, 13)),
            targets: vec![s.name((2, 0, 2, 1), "g", Store)],
            value: bx(g.into()),
            type_comment: None,
        }
        .into(),
    ]);
}

#[test]
fn async_for() {
    // async def main():
    //     async for x in aiter():
    //         await x
    //     else:
    //         pass
    //     async with a as b:
    //         yield
    //     return [y async for y in z]
    let s = Src::new("async_for");
    let async_for = StmtAsyncFor {
        span: s.span((2, 4, 5, 12)),
        target: bx(s.name((2, 14, 2, 15), "x", Store)),
        iter: bx(s.call(
            (2, 19, 2, 26),
            s.name((2, 19, 2, 24), "aiter", Load),
            vec![],
        )),
        body: vec![s.expr_stmt(
            (3, 8, 3, 15),
            ExprAwait {
                span: s.span((3, 8, 3, 15)),
                value: bx(s.name((3, 14, 3, 15), "x", Load)),
            }
            .into(),
        )],
        orelse: vec![s.pass((5, 8, 5, 12))],
        type_comment: None,
    };
    let async_with = StmtAsyncWith {
        span: s.span((6, 4, 7, 13)),
        items: vec![WithItem {
            context_expr: s.name((6, 15, 6, 16), "a", Load),
            optional_vars: Some(bx(s.name((6, 20, 6, 21), "b", Store))),
        }],
        body: vec![s.expr_stmt(
            (7, 8, 7, 13),
            ExprYield {
                span: s.span((7, 8, 7, 13)),
                value: None,
            }
            .into(),
        )],
        type_comment: None,
    };
    let list_comp = ExprListComp {
        span: s.span((8, 11, 8, 31)),
        elt: bx(s.name((8, 12, 8, 13), "y", Load)),
        generators: vec![Comprehension {
            target: s.name((8, 24, 8, 25), "y", Store),
            iter: s.name((8, 29, 8, 30), "z", Load),
            ifs: vec![],
            is_async: true,
        }],
    };
    s.check(vec![StmtAsyncFunctionDef {
        span: s.span((1, 0, 8, 31)),
        name: "main".into(),
        args: bx(Arguments::default()),
        body: vec![
            async_for.into(),
            async_with.into(),
            StmtReturn {
                span: s.span((8, 4, 8, 31)),
                value: Some(bx(list_comp.into())),
            }
            .into(),
        ],
        decorator_list: vec![],
        returns: None,
        type_comment: None,
    }
    .into()]);
}
