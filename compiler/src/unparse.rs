//! Expressions back to source text, as CPython 3.11's
//! `Python/ast_unparse.c` writes them: the strings stored for annotations
//! under `from __future__ import annotations` (PEP 563).
//!
//! This is CPython's limited unparser, not `ast.unparse`: each node is
//! written at a precedence level (CPython's `PR_*`) and parenthesised only
//! when its own level is lower; constants are written as their `repr()`
//! (an infinite float as `1e309`); f-strings are rebuilt and quoted with
//! `repr()` of their body, so the quote is whichever `repr` picks.
//!
//! ```
//! use pyvm_ast::Mod;
//! use pyvm_compiler::unparse::unparse_expr;
//!
//! let Mod::Expression(tree) = pyvm_parser::parse("(-2)**-x", pyvm_parser::Mode::Eval).unwrap()
//! else {
//!     unreachable!()
//! };
//! assert_eq!(unparse_expr(&tree.body), "(-2) ** (-x)");
//! ```

mod fstring;

use pyvm_ast::{
    Arg, Arguments, BoolOp, CmpOp, Comprehension, Constant, Expr, ExprAttribute, ExprAwait,
    ExprBinOp, ExprBoolOp, ExprCall, ExprCompare, ExprConstant, ExprDict, ExprIfExp, ExprLambda,
    ExprNamedExpr, ExprSlice, ExprStarred, ExprSubscript, ExprTuple, ExprUnaryOp, ExprYield,
    ExprYieldFrom, Keyword, Operator, UnaryOp,
};

/// The text CPython stores for the annotation `expr` under PEP 563: the
/// expression unparsed at the level of a `test` (as CPython's
/// `_PyAST_ExprAsUnicode`), so only a bare tuple or named expression at the
/// top gets parentheses.
pub fn unparse_expr(expr: &Expr) -> String {
    let mut out = String::new();
    write_expr(&mut out, expr, Precedence::Test);
    out
}

/// CPython's priority levels (`PR_TUPLE` … `PR_ATOM`), lowest first. An
/// expression written at a level above its own is parenthesised.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Precedence {
    /// A bare tuple: `a, b`.
    Tuple,
    /// `if`-`else`, `lambda`.
    Test,
    /// `or`
    Or,
    /// `and`
    And,
    /// `not`
    Not,
    /// Comparisons, `in`, `is`.
    Cmp,
    /// `|`, also CPython's `PR_EXPR`: a plain expression without
    /// comparisons or boolean operators.
    BitOr,
    /// `^`
    BitXor,
    /// `&`
    BitAnd,
    /// `<<`, `>>`
    Shift,
    /// `+`, `-`
    Arith,
    /// `*`, `@`, `/`, `%`, `//`
    Term,
    /// Unary `+`, `-`, `~`.
    Factor,
    /// `**`
    Power,
    /// `await`
    Await,
    /// Everything that never needs parentheses.
    Atom,
}

impl Precedence {
    /// CPython's `PR_EXPR`.
    const EXPR: Precedence = Precedence::BitOr;

    /// The next level up (CPython's `pr + 1`).
    fn next(self) -> Precedence {
        use Precedence::*;
        match self {
            Tuple => Test,
            Test => Or,
            Or => And,
            And => Not,
            Not => Cmp,
            Cmp => BitOr,
            BitOr => BitXor,
            BitXor => BitAnd,
            BitAnd => Shift,
            Shift => Arith,
            Arith => Term,
            Term => Factor,
            Factor => Power,
            Power => Await,
            Await | Atom => Atom,
        }
    }
}

/// Writes `expr` at `level`, as CPython's `append_ast_expr`.
///
/// Only dispatches: the work is in one function per node kind, so that a
/// deeply nested tree costs little stack per level.
fn write_expr(out: &mut String, expr: &Expr, level: Precedence) {
    match expr {
        Expr::BoolOp(e) => write_bool_op(out, e, level),
        Expr::BinOp(e) => write_bin_op(out, e, level),
        Expr::UnaryOp(e) => write_unary_op(out, e, level),
        Expr::Lambda(e) => write_lambda(out, e, level),
        Expr::IfExp(e) => write_if_exp(out, e, level),
        Expr::Dict(e) => write_dict(out, e),
        Expr::Set(e) => write_sequence(out, "{", &e.elts, "}"),
        Expr::ListComp(e) => write_comprehension(out, "[", &e.elt, None, &e.generators, "]"),
        Expr::SetComp(e) => write_comprehension(out, "{", &e.elt, None, &e.generators, "}"),
        Expr::DictComp(e) => {
            write_comprehension(out, "{", &e.key, Some(&e.value), &e.generators, "}")
        }
        Expr::GeneratorExp(e) => write_comprehension(out, "(", &e.elt, None, &e.generators, ")"),
        Expr::Await(e) => write_await(out, e, level),
        Expr::Yield(e) => write_yield(out, e),
        Expr::YieldFrom(e) => write_yield_from(out, e),
        Expr::Compare(e) => write_compare(out, e, level),
        Expr::Call(e) => write_call(out, e),
        Expr::FormattedValue(e) => fstring::write_lone_formatted_value(out, e),
        Expr::JoinedStr(e) => fstring::write_joined_str(out, e),
        Expr::Constant(e) => write_constant_expr(out, e),
        Expr::Attribute(e) => write_attribute(out, e),
        Expr::Subscript(e) => write_subscript(out, e),
        Expr::Starred(e) => write_starred(out, e),
        Expr::Name(e) => out.push_str(&e.id),
        Expr::List(e) => write_sequence(out, "[", &e.elts, "]"),
        Expr::Tuple(e) => write_tuple(out, e, level),
        Expr::Slice(e) => write_slice(out, e),
        Expr::NamedExpr(e) => write_named_expr(out, e, level),
    }
}

/// `(` if an expression of level `own` written at `level` needs one.
fn open_paren(out: &mut String, level: Precedence, own: Precedence) {
    if level > own {
        out.push('(');
    }
}

/// The `)` matching [`open_paren`].
fn close_paren(out: &mut String, level: Precedence, own: Precedence) {
    if level > own {
        out.push(')');
    }
}

fn write_bool_op(out: &mut String, e: &ExprBoolOp, level: Precedence) {
    let (op, pr) = match e.op {
        BoolOp::And => (" and ", Precedence::And),
        BoolOp::Or => (" or ", Precedence::Or),
    };
    open_paren(out, level, pr);
    write_separated(out, &e.values, op, pr.next());
    close_paren(out, level, pr);
}

fn write_bin_op(out: &mut String, e: &ExprBinOp, level: Precedence) {
    let (op, pr) = binary_operator(e.op);
    // `**` is right-associative: its left operand binds tighter.
    let (left, right) = if e.op == Operator::Pow {
        (pr.next(), pr)
    } else {
        (pr, pr.next())
    };
    open_paren(out, level, pr);
    write_expr(out, &e.left, left);
    out.push_str(op);
    write_expr(out, &e.right, right);
    close_paren(out, level, pr);
}

fn write_unary_op(out: &mut String, e: &ExprUnaryOp, level: Precedence) {
    let (op, pr) = match e.op {
        UnaryOp::Invert => ("~", Precedence::Factor),
        UnaryOp::Not => ("not ", Precedence::Not),
        UnaryOp::UAdd => ("+", Precedence::Factor),
        UnaryOp::USub => ("-", Precedence::Factor),
    };
    open_paren(out, level, pr);
    out.push_str(op);
    write_expr(out, &e.operand, pr);
    close_paren(out, level, pr);
}

fn write_lambda(out: &mut String, e: &ExprLambda, level: Precedence) {
    open_paren(out, level, Precedence::Test);
    let positional = e.args.posonlyargs.len() + e.args.args.len();
    // No space when the parameters start with `*`: `lambda*a: 0`.
    out.push_str(if positional > 0 { "lambda " } else { "lambda" });
    write_arguments(out, &e.args);
    out.push_str(": ");
    write_expr(out, &e.body, Precedence::Test);
    close_paren(out, level, Precedence::Test);
}

fn write_if_exp(out: &mut String, e: &ExprIfExp, level: Precedence) {
    open_paren(out, level, Precedence::Test);
    write_expr(out, &e.body, Precedence::Test.next());
    out.push_str(" if ");
    write_expr(out, &e.test, Precedence::Test.next());
    out.push_str(" else ");
    write_expr(out, &e.orelse, Precedence::Test);
    close_paren(out, level, Precedence::Test);
}

fn write_dict(out: &mut String, e: &ExprDict) {
    out.push('{');
    for (i, (key, value)) in e.keys.iter().zip(&e.values).enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        match key {
            Some(key) => {
                write_expr(out, key, Precedence::Test);
                out.push_str(": ");
                write_expr(out, value, Precedence::Test);
            }
            None => {
                out.push_str("**");
                write_expr(out, value, Precedence::EXPR);
            }
        }
    }
    out.push('}');
}

/// A set or list display: its items between `open` and `close`.
fn write_sequence(out: &mut String, open: &str, elts: &[Expr], close: &str) {
    out.push_str(open);
    write_separated(out, elts, ", ", Precedence::Test);
    out.push_str(close);
}

fn write_tuple(out: &mut String, e: &ExprTuple, level: Precedence) {
    if e.elts.is_empty() {
        out.push_str("()");
        return;
    }
    open_paren(out, level, Precedence::Tuple);
    write_separated(out, &e.elts, ", ", Precedence::Test);
    if e.elts.len() == 1 {
        out.push(',');
    }
    close_paren(out, level, Precedence::Tuple);
}

/// A comprehension of any kind: `open`, the element (`key: value` for a
/// dict), the clauses and `close`. A generator expression always has its
/// parentheses.
fn write_comprehension(
    out: &mut String,
    open: &str,
    elt: &Expr,
    value: Option<&Expr>,
    generators: &[Comprehension],
    close: &str,
) {
    out.push_str(open);
    write_expr(out, elt, Precedence::Test);
    if let Some(value) = value {
        out.push_str(": ");
        write_expr(out, value, Precedence::Test);
    }
    for generator in generators {
        write_generator(out, generator);
    }
    out.push_str(close);
}

/// One `for … in … if …` clause with its leading space, as CPython's
/// `append_ast_comprehension`.
fn write_generator(out: &mut String, generator: &Comprehension) {
    out.push_str(if generator.is_async {
        " async for "
    } else {
        " for "
    });
    write_expr(out, &generator.target, Precedence::Tuple);
    out.push_str(" in ");
    write_expr(out, &generator.iter, Precedence::Test.next());
    for condition in &generator.ifs {
        out.push_str(" if ");
        write_expr(out, condition, Precedence::Test.next());
    }
}

fn write_await(out: &mut String, e: &ExprAwait, level: Precedence) {
    open_paren(out, level, Precedence::Await);
    out.push_str("await ");
    write_expr(out, &e.value, Precedence::Atom);
    close_paren(out, level, Precedence::Await);
}

/// A yield is always parenthesised, whatever the level.
fn write_yield(out: &mut String, e: &ExprYield) {
    match &e.value {
        None => out.push_str("(yield)"),
        Some(value) => {
            out.push_str("(yield ");
            write_expr(out, value, Precedence::Test);
            out.push(')');
        }
    }
}

fn write_yield_from(out: &mut String, e: &ExprYieldFrom) {
    out.push_str("(yield from ");
    write_expr(out, &e.value, Precedence::Test);
    out.push(')');
}

fn write_compare(out: &mut String, e: &ExprCompare, level: Precedence) {
    open_paren(out, level, Precedence::Cmp);
    write_expr(out, &e.left, Precedence::Cmp.next());
    for (op, comparator) in e.ops.iter().zip(&e.comparators) {
        out.push_str(comparison_operator(*op));
        write_expr(out, comparator, Precedence::Cmp.next());
    }
    close_paren(out, level, Precedence::Cmp);
}

fn write_call(out: &mut String, e: &ExprCall) {
    write_expr(out, &e.func, Precedence::Atom);
    // A sole generator expression argument keeps only its own
    // parentheses: `f(x for x in y)`.
    if let ([genexp @ Expr::GeneratorExp(_)], []) = (&e.args[..], &e.keywords[..]) {
        write_expr(out, genexp, Precedence::Test);
        return;
    }
    out.push('(');
    write_separated(out, &e.args, ", ", Precedence::Test);
    for (i, keyword) in e.keywords.iter().enumerate() {
        if i > 0 || !e.args.is_empty() {
            out.push_str(", ");
        }
        write_keyword(out, keyword);
    }
    out.push(')');
}

fn write_constant_expr(out: &mut String, e: &ExprConstant) {
    if e.value == Constant::Ellipsis {
        out.push_str("...");
        return;
    }
    // The `u` of a `u'…'` literal is kept.
    if let Some(kind) = &e.kind {
        out.push_str(kind);
    }
    write_constant(out, &e.value);
}

fn write_attribute(out: &mut String, e: &ExprAttribute) {
    write_expr(out, &e.value, Precedence::Atom);
    // `1.real` would read as a float: an int needs a space. (Only an
    // exact int: `True.real` has none.)
    let is_int = matches!(
        &*e.value,
        Expr::Constant(c) if matches!(c.value, Constant::Int(_))
    );
    out.push_str(if is_int { " ." } else { "." });
    out.push_str(&e.attr);
}

/// A tuple index is written bare (`a[1:2, ::3]`), also when it holds a
/// starred item (`tuple[*Ts,]`), as 3.11.7 does.
fn write_subscript(out: &mut String, e: &ExprSubscript) {
    write_expr(out, &e.value, Precedence::Atom);
    out.push('[');
    write_expr(out, &e.slice, Precedence::Tuple);
    out.push(']');
}

fn write_starred(out: &mut String, e: &ExprStarred) {
    out.push('*');
    write_expr(out, &e.value, Precedence::EXPR);
}

fn write_slice(out: &mut String, e: &ExprSlice) {
    if let Some(lower) = &e.lower {
        write_expr(out, lower, Precedence::Test);
    }
    out.push(':');
    if let Some(upper) = &e.upper {
        write_expr(out, upper, Precedence::Test);
    }
    if let Some(step) = &e.step {
        out.push(':');
        write_expr(out, step, Precedence::Test);
    }
}

/// Parenthesised unless it is a whole tuple item or index; both sides are
/// written as atoms (`(y := (a + b))`).
fn write_named_expr(out: &mut String, e: &ExprNamedExpr, level: Precedence) {
    open_paren(out, level, Precedence::Tuple);
    write_expr(out, &e.target, Precedence::Atom);
    out.push_str(" := ");
    write_expr(out, &e.value, Precedence::Atom);
    close_paren(out, level, Precedence::Tuple);
}

/// Writes `exprs` at `level`, `separator` between them.
fn write_separated(out: &mut String, exprs: &[Expr], separator: &str, level: Precedence) {
    for (i, expr) in exprs.iter().enumerate() {
        if i > 0 {
            out.push_str(separator);
        }
        write_expr(out, expr, level);
    }
}

/// A binary operator with its spaces, and its level.
fn binary_operator(op: Operator) -> (&'static str, Precedence) {
    match op {
        Operator::Add => (" + ", Precedence::Arith),
        Operator::Sub => (" - ", Precedence::Arith),
        Operator::Mult => (" * ", Precedence::Term),
        Operator::MatMult => (" @ ", Precedence::Term),
        Operator::Div => (" / ", Precedence::Term),
        Operator::Mod => (" % ", Precedence::Term),
        Operator::LShift => (" << ", Precedence::Shift),
        Operator::RShift => (" >> ", Precedence::Shift),
        Operator::BitOr => (" | ", Precedence::BitOr),
        Operator::BitXor => (" ^ ", Precedence::BitXor),
        Operator::BitAnd => (" & ", Precedence::BitAnd),
        Operator::FloorDiv => (" // ", Precedence::Term),
        Operator::Pow => (" ** ", Precedence::Power),
    }
}

/// A comparison operator with its spaces.
fn comparison_operator(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => " == ",
        CmpOp::NotEq => " != ",
        CmpOp::Lt => " < ",
        CmpOp::LtE => " <= ",
        CmpOp::Gt => " > ",
        CmpOp::GtE => " >= ",
        CmpOp::Is => " is ",
        CmpOp::IsNot => " is not ",
        CmpOp::In => " in ",
        CmpOp::NotIn => " not in ",
    }
}

/// `name=value` or `**value`, as CPython's `append_ast_keyword`.
fn write_keyword(out: &mut String, keyword: &Keyword) {
    match &keyword.arg {
        Some(name) => {
            out.push_str(name);
            out.push('=');
        }
        None => out.push_str("**"),
    }
    write_expr(out, &keyword.value, Precedence::Test);
}

/// A lambda's parameters, as CPython's `append_ast_args`.
fn write_arguments(out: &mut String, args: &Arguments) {
    let mut first = true;
    let mut separate = |out: &mut String| {
        if !first {
            out.push_str(", ");
        }
        first = false;
    };
    let positional: Vec<&Arg> = args.posonlyargs.iter().chain(&args.args).collect();
    // The defaults belong to the last positional parameters.
    let first_default = positional.len().saturating_sub(args.defaults.len());
    for (i, arg) in positional.iter().enumerate() {
        separate(out);
        write_arg(out, arg);
        if let Some(default) = i
            .checked_sub(first_default)
            .and_then(|d| args.defaults.get(d))
        {
            out.push('=');
            write_expr(out, default, Precedence::Test);
        }
        if i + 1 == args.posonlyargs.len() {
            out.push_str(", /");
        }
    }
    if args.vararg.is_some() || !args.kwonlyargs.is_empty() {
        separate(out);
        out.push('*');
        if let Some(vararg) = &args.vararg {
            write_arg(out, vararg);
        }
    }
    let first_kw_default = args.kwonlyargs.len().saturating_sub(args.kw_defaults.len());
    for (i, arg) in args.kwonlyargs.iter().enumerate() {
        separate(out);
        write_arg(out, arg);
        let default = i
            .checked_sub(first_kw_default)
            .and_then(|d| args.kw_defaults.get(d))
            .and_then(Option::as_ref);
        if let Some(default) = default {
            out.push('=');
            write_expr(out, default, Precedence::Test);
        }
    }
    if let Some(kwarg) = &args.kwarg {
        separate(out);
        out.push_str("**");
        write_arg(out, kwarg);
    }
}

/// One parameter: its name and annotation.
fn write_arg(out: &mut String, arg: &Arg) {
    out.push_str(&arg.arg);
    if let Some(annotation) = &arg.annotation {
        out.push_str(": ");
        write_expr(out, annotation, Precedence::Test);
    }
}

/// A constant as CPython's `append_ast_constant`: its `repr()`, a tuple
/// item by item.
fn write_constant(out: &mut String, value: &Constant) {
    match value {
        Constant::Tuple(items) => {
            out.push('(');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_constant(out, item);
            }
            if items.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        // `inf` is no literal: CPython writes one too large a float
        // instead, `1e` and `DBL_MAX_10_EXP + 1`.
        Constant::Float(_) | Constant::Complex { .. } => {
            out.push_str(&value.repr().replace("inf", "1e309"));
        }
        _ => out.push_str(&value.repr()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use pyvm_ast::ExprJoinedStr;
    use pyvm_source::Span;

    fn constant(value: Constant) -> Expr {
        ExprConstant {
            span: Span::new(0, 0),
            value,
            kind: None,
        }
        .into()
    }

    #[test]
    fn folded_tuple_constants_are_written_item_by_item() {
        let tuple = Constant::Tuple(vec![
            Constant::Ellipsis,
            Constant::Tuple(vec![Constant::Float(f64::INFINITY)]),
        ]);
        assert_eq!(unparse_expr(&constant(tuple)), "(Ellipsis, (1e309,))");
    }

    #[test]
    fn surrogates_in_fstring_literals_are_escaped_by_repr() {
        let joined = ExprJoinedStr {
            span: Span::new(0, 0),
            values: vec![constant(Constant::StrWithSurrogates(vec![0xd800, 0x7b]))],
        };
        assert_eq!(unparse_expr(&joined.into()), "f'\\ud800{{'");
    }
}
