//! Constant folding: the shapes of rewritten trees (what
//! `fold_cases.rs` cannot see from values alone), written as the
//! `ast.dump` of what CPython 3.11's `ast_opt.c` produces.

use pyvm_ast::{
    dump_expr, dump_stmt, Constant, DumpOptions, Expr, ExprConstant, ExprUnaryOp, Mod, Stmt,
    UnaryOp,
};
use pyvm_compiler::fold::{fold_expr, fold_module, fold_module_with, FoldOptions};
use pyvm_parser::Mode;
use pyvm_source::{SourceFile, Span};

fn parse(source: &str, mode: Mode) -> Mod {
    pyvm_parser::parse(source, mode).unwrap_or_else(|e| panic!("{source:?}: {e}"))
}

fn body(module: &Mod) -> &[Stmt] {
    match module {
        Mod::Module(module) => &module.body,
        Mod::Interactive(module) => &module.body,
        _ => panic!("no body"),
    }
}

/// The folded statements of `source`, dumped.
fn fold_with(source: &str, mode: Mode, options: &FoldOptions) -> Vec<String> {
    let mut module = parse(source, mode);
    fold_module_with(&mut module, options).unwrap();
    let file = SourceFile::new("<test>", source);
    body(&module)
        .iter()
        .map(|stmt| dump_stmt(stmt, &file, &DumpOptions::default()))
        .collect()
}

fn fold(source: &str) -> Vec<String> {
    fold_with(source, Mode::Exec, &FoldOptions::default())
}

/// The folded value of `x = …` on the first line of `source`.
fn fold_value(source: &str) -> String {
    let dumped = fold(source);
    dumped[0]
        .strip_prefix("Assign(targets=[Name(id='x', ctx=Store())], value=")
        .and_then(|rest| rest.strip_suffix(')'))
        .unwrap_or_else(|| panic!("not `x = …`: {}", dumped[0]))
        .to_owned()
}

#[test]
fn not_is_pushed_into_is_and_in_comparisons() {
    let a_b = "left=Name(id='a', ctx=Load()), ops=[OP], comparators=[Name(id='b', ctx=Load())]";
    let compare = |op: &str| format!("Compare({})", a_b.replace("OP", op));
    assert_eq!(fold_value("x = not (a is b)"), compare("IsNot()"));
    assert_eq!(fold_value("x = not (a is not b)"), compare("Is()"));
    assert_eq!(fold_value("x = not (a in b)"), compare("NotIn()"));
    assert_eq!(fold_value("x = not (a not in b)"), compare("In()"));
    assert_eq!(fold_value("x = not not (a is b)"), compare("Is()"));
    // Other comparisons, and chains, keep their `not`.
    assert_eq!(
        fold_value("x = not (a == b)"),
        format!("UnaryOp(op=Not(), operand={})", compare("Eq()"))
    );
    assert!(fold_value("x = not (a is b is c)").starts_with("UnaryOp(op=Not()"));
    assert!(fold_value("x = -(a is b)").starts_with("UnaryOp(op=USub()"));
}

#[test]
fn inverted_comparison_keeps_its_own_span() {
    let source = "x = not (a is b)\n";
    let mut module = parse(source, Mode::Exec);
    fold_module(&mut module, 0).unwrap();
    let Stmt::Assign(assign) = &body(&module)[0] else {
        panic!()
    };
    assert_eq!(assign.value.span(), Span::new(9, 15));
}

#[test]
fn folded_node_keeps_the_span_of_the_node_it_replaces() {
    let source = "x = (1 + 2) * y, (3, 4), 'ab'[0]\n";
    let mut module = parse(source, Mode::Exec);
    fold_module(&mut module, 0).unwrap();
    let Stmt::Assign(assign) = &body(&module)[0] else {
        panic!()
    };
    let Expr::Tuple(tuple) = &*assign.value else {
        panic!()
    };
    let Expr::BinOp(product) = &tuple.elts[0] else {
        panic!()
    };
    let file = SourceFile::new("<test>", source);
    assert_eq!(file.slice(product.left.span()), "1 + 2");
    assert_eq!(file.slice(tuple.elts[1].span()), "(3, 4)");
    assert_eq!(file.slice(tuple.elts[2].span()), "'ab'[0]");
    let Expr::Constant(folded) = &tuple.elts[2] else {
        panic!()
    };
    assert_eq!(folded.value, Constant::Str("a".into()));
    assert_eq!(folded.kind, None);
}

#[test]
fn folded_strings_lose_their_u_kind() {
    assert_eq!(fold_value("x = u'a' + 'b'"), "Constant(value='ab')");
    assert_eq!(fold_value("x = u'a'"), "Constant(value='a', kind='u')");
}

#[test]
fn membership_lists_become_tuples() {
    let a_b = "[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())]";
    assert_eq!(
        fold_value("x = y in [a, b]"),
        format!("Compare(left=Name(id='y', ctx=Load()), ops=[In()], comparators=[Tuple(elts={a_b}, ctx=Load())])")
    );
    assert_eq!(
        fold_value("x = y not in [1, 2]"),
        "Compare(left=Name(id='y', ctx=Load()), ops=[NotIn()], comparators=[Constant(value=(1, 2))])"
    );
    // A set of non-constants stays a set; a starred list stays a list.
    assert!(fold_value("x = y in {a, 1}").contains("comparators=[Set("));
    assert!(fold_value("x = y in [*a, 1]").contains("comparators=[List("));
    // Only the last comparison's operand, and only for `in`/`not in`.
    assert!(fold_value("x = y in [1] in [2]").ends_with(
        "comparators=[List(elts=[Constant(value=1)], ctx=Load()), Constant(value=(2,))])"
    ));
    assert!(fold_value("x = y == [1]").contains("comparators=[List("));
}

#[test]
fn sets_become_frozensets_in_insertion_order() {
    assert_eq!(
        fold_value("x = y in {3, 1, 2, 1.0, True}"),
        "Compare(left=Name(id='y', ctx=Load()), ops=[In()], comparators=[Constant(value=frozenset({3, 1, 2}))])"
    );
    assert_eq!(
        fold_value("x = y in {-0.0, 0, 0j}"),
        "Compare(left=Name(id='y', ctx=Load()), ops=[In()], comparators=[Constant(value=frozenset({-0.0}))])"
    );
}

#[test]
fn for_and_comprehension_iterables() {
    let dumped = fold(concat!(
        "for i in [1, 2]: pass\n",
        "for i in {1, 2}: pass\n",
        "for i in [a, b]: pass\n",
        "for i in [*a]: pass\n",
        "x = [i for i in [1, 2] for j in {3} if i in [4]]\n",
    ));
    assert!(
        dumped[0].contains("iter=Constant(value=(1, 2))"),
        "{}",
        dumped[0]
    );
    assert!(
        dumped[1].contains("iter=Constant(value=frozenset({1, 2}))"),
        "{}",
        dumped[1]
    );
    assert!(
        dumped[2].contains("iter=Tuple(elts=[Name(id='a'"),
        "{}",
        dumped[2]
    );
    assert!(dumped[3].contains("iter=List("), "{}", dumped[3]);
    assert!(
        dumped[4].contains("iter=Constant(value=(1, 2))"),
        "{}",
        dumped[4]
    );
    assert!(
        dumped[4].contains("iter=Constant(value=frozenset({3}))"),
        "{}",
        dumped[4]
    );
    assert!(
        dumped[4].contains("comparators=[Constant(value=(4,))]"),
        "{}",
        dumped[4]
    );
}

#[test]
fn async_for_keeps_its_list_but_async_comprehensions_fold() {
    let dumped = fold(concat!(
        "async def f():\n",
        "    async for i in [1, 2]: pass\n",
        "    return [i async for i in [1, 2]]\n",
    ));
    assert!(dumped[0].contains("AsyncFor(target=Name(id='i', ctx=Store()), iter=List("));
    assert!(dumped[0].contains("iter=Constant(value=(1, 2)), ifs=[], is_async=1"));
}

#[test]
fn percent_format_becomes_an_f_string() {
    assert_eq!(
        fold_value("x = 'a=%s, b=%5r%%' % (a, b)"),
        "JoinedStr(values=[Constant(value='a='), \
         FormattedValue(value=Name(id='a', ctx=Load()), conversion=115), \
         Constant(value=', b='), \
         FormattedValue(value=Name(id='b', ctx=Load()), conversion=114, format_spec=Constant(value='>5')), \
         Constant(value='%')])"
    );
    assert_eq!(
        fold_value("x = '%-3.2a' % (a,)"),
        "JoinedStr(values=[FormattedValue(value=Name(id='a', ctx=Load()), conversion=97, format_spec=Constant(value='3.2'))])"
    );
    // An item folded to a constant is still formatted at run time.
    assert_eq!(
        fold_value("x = '%s%s' % (1 + 1, a)"),
        "JoinedStr(values=[FormattedValue(value=Constant(value=2), conversion=115), \
         FormattedValue(value=Name(id='a', ctx=Load()), conversion=115)])"
    );
}

#[test]
fn percent_format_spans() {
    let source = "x = '%s' % (abc,)\n";
    let mut module = parse(source, Mode::Exec);
    fold_module(&mut module, 0).unwrap();
    let Stmt::Assign(assign) = &body(&module)[0] else {
        panic!()
    };
    let file = SourceFile::new("<test>", source);
    assert_eq!(file.slice(assign.value.span()), "'%s' % (abc,)");
    let Expr::JoinedStr(joined) = &*assign.value else {
        panic!()
    };
    assert_eq!(file.slice(joined.values[0].span()), "abc");
}

#[test]
fn first_statement_that_folds_to_a_string_is_no_docstring() {
    let joined = "Expr(value=JoinedStr(values=[Constant(value='ab')]))";
    assert_eq!(fold("'a' + 'b'\nx = 1\n")[0], joined);
    let dumped = fold("def f():\n    'a' + 'b'\nclass C:\n    'a' + 'b'\n");
    assert!(
        dumped[0].contains(&format!("body=[{joined}]")),
        "{}",
        dumped[0]
    );
    assert!(
        dumped[1].contains(&format!("body=[{joined}]")),
        "{}",
        dumped[1]
    );
    // A real docstring, a later statement, other blocks: plain constants.
    assert_eq!(fold("'a' 'b'\n")[0], "Expr(value=Constant(value='ab'))");
    assert_eq!(
        fold("x = 1\n'a' + 'b'\n")[1],
        "Expr(value=Constant(value='ab'))"
    );
    assert!(fold("if x:\n    'a' + 'b'\n")[0].contains("body=[Expr(value=Constant(value='ab'))]"));
    // Interactive input has no docstring.
    assert_eq!(
        fold_with("'a' + 'b'\n", Mode::Single, &FoldOptions::default())[0],
        "Expr(value=Constant(value='ab'))"
    );
}

#[test]
fn debug_follows_the_optimize_level() {
    assert_eq!(fold_value("x = __debug__"), "Constant(value=True)");
    let optimized = FoldOptions {
        optimize: 1,
        ..FoldOptions::default()
    };
    let dumped = fold_with("x = __debug__\n", Mode::Exec, &optimized);
    assert_eq!(
        dumped[0],
        "Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=False))"
    );
    assert_eq!(
        fold_value("x = a.__debug__"),
        "Attribute(value=Name(id='a', ctx=Load()), attr='__debug__', ctx=Load())"
    );
}

#[test]
fn postponed_annotations_are_not_folded() {
    let source = "def f(a: 1 + 2) -> 3 * 4: pass\ny: 2 ** 3 = 1 + 1\n";
    let plain = fold(source);
    assert!(
        plain[0].contains("annotation=Constant(value=3)"),
        "{}",
        plain[0]
    );
    assert!(
        plain[0].contains("returns=Constant(value=12)"),
        "{}",
        plain[0]
    );
    assert!(plain[1].contains("annotation=Constant(value=8), value=Constant(value=2)"));

    let future = fold(&format!(
        "'doc'\nfrom __future__ import annotations\n{source}"
    ));
    assert!(future[2].contains("annotation=BinOp("), "{}", future[2]);
    assert!(future[2].contains("returns=BinOp("), "{}", future[2]);
    assert!(future[3].contains("annotation=BinOp("), "{}", future[3]);
    assert!(
        future[3].contains("value=Constant(value=2)"),
        "{}",
        future[3]
    );

    // Only at the top of the module.
    let late = fold(&format!(
        "import os\nfrom __future__ import annotations\n{source}"
    ));
    assert!(
        late[2].contains("annotation=Constant(value=3)"),
        "{}",
        late[2]
    );

    let options = FoldOptions {
        future_annotations: true,
        ..FoldOptions::default()
    };
    let inherited = fold_with(source, Mode::Exec, &options);
    assert!(
        inherited[0].contains("annotation=BinOp("),
        "{}",
        inherited[0]
    );
}

#[test]
fn targets_and_patterns() {
    let dumped = fold("(1, 2)[0] = x[1 + 1] = (a, b) = 1, 2\n");
    assert_eq!(
        dumped[0],
        "Assign(targets=[\
         Subscript(value=Constant(value=(1, 2)), slice=Constant(value=0), ctx=Store()), \
         Subscript(value=Name(id='x', ctx=Load()), slice=Constant(value=2), ctx=Store()), \
         Tuple(elts=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], ctx=Store())], \
         value=Constant(value=(1, 2)))"
    );
    let dumped = fold("match x:\n    case -1 | 1 + 2j: pass\n    case {-1: y}: pass\n");
    assert!(
        dumped[0].contains(
            "MatchValue(value=Constant(value=-1)), MatchValue(value=Constant(value=(1+2j)))"
        ),
        "{}",
        dumped[0]
    );
    assert!(
        dumped[0].contains("MatchMapping(keys=[Constant(value=-1)]"),
        "{}",
        dumped[0]
    );
}

#[test]
fn f_strings_are_not_folded() {
    assert_eq!(
        fold_value("x = f'{1 + 1}'"),
        "JoinedStr(values=[FormattedValue(value=Constant(value=2), conversion=-1)])"
    );
}

#[test]
fn expression_mode_and_fold_expr() {
    let mut module = parse("1 + 2", Mode::Eval);
    fold_module(&mut module, 0).unwrap();
    let Mod::Expression(expression) = &module else {
        panic!()
    };
    let file = SourceFile::new("<test>", "1 + 2");
    assert_eq!(
        dump_expr(&expression.body, &file, &DumpOptions::default()),
        "Constant(value=3)"
    );
}

/// `-` applied `depth - 1` times to 1: an expression `depth` levels deep.
fn nested_negations(depth: usize) -> Expr {
    let span = Span::new(0, 1);
    let mut expr = Expr::Constant(ExprConstant {
        span,
        value: Constant::Int(1.into()),
        kind: None,
    });
    for _ in 1..depth {
        expr = Expr::UnaryOp(ExprUnaryOp {
            span,
            op: UnaryOp::USub,
            operand: Box::new(expr),
        });
    }
    expr
}

#[test]
fn nesting_beyond_cpythons_limit_is_a_recursion_error() {
    // Run where the stack is as small as a test thread's default.
    std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(|| {
            // 2,999 negations of 1.
            let mut deepest = nested_negations(3000);
            fold_expr(&mut deepest, &FoldOptions::default()).unwrap();
            assert_eq!(
                deepest,
                Expr::Constant(ExprConstant {
                    span: Span::new(0, 1),
                    value: Constant::Int((-1).into()),
                    kind: None,
                })
            );
            let mut too_deep = nested_negations(3001);
            let error = fold_expr(&mut too_deep, &FoldOptions::default()).unwrap_err();
            assert_eq!(
                error.to_string(),
                "maximum recursion depth exceeded during compilation"
            );
            assert_eq!(error.exception_class(), "RecursionError");
            // Unwind the deep tree without recursing through its drops.
            let mut node = too_deep;
            while let Expr::UnaryOp(unary) = node {
                node = *unary.operand;
            }
        })
        .unwrap()
        .join()
        .unwrap();
}

/// Nesting as deep as the parser accepts (CPython's limit) folds within
/// a test thread's stack, for each kind of node the parser lets nest.
#[test]
fn deepest_parsable_expressions_fold_in_a_small_stack() {
    let sources = [
        format!("x = {}1\n", "-".repeat(2900)),
        format!("x = {}1\n", "not ".repeat(2900)),
        format!("x = {}\n", vec!["1"; 2900].join(" + ")),
        format!("x = {}\n", vec!["2"; 2900].join(" ** ")),
        format!("x = {}1\n", "lambda: ".repeat(2900)),
        format!("x = {}1\n", "1 if 1 else ".repeat(2900)),
        format!("x = a{}\n", ".b".repeat(2900)),
        format!("x = f{}\n", "()".repeat(2900)),
        format!("x = a{}\n", "[0]".repeat(2900)),
    ];
    std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(move || {
            for source in sources {
                let mut module = Mod::Module(pyvm_parser::parse_module(&source).unwrap());
                fold_module(&mut module, 0).unwrap();
            }
        })
        .unwrap()
        .join()
        .unwrap();
}
