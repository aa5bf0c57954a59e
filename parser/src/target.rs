//! Turning a parsed expression into an assignment or deletion target, as
//! CPython's `_PyPegen_set_expr_context` does, with its error messages.

use pyvm_ast::{Constant, Expr, ExprContext};
use pyvm_source::Span;

/// A target that is not one, with what CPython calls it.
#[derive(Debug)]
pub(crate) struct InvalidTarget {
    pub what: &'static str,
    pub span: Span,
}

/// `expr` with `ctx` set through it, or the first part that cannot be a
/// target.
pub(crate) fn to_target(expr: Expr, ctx: ExprContext) -> Result<Expr, InvalidTarget> {
    Ok(match expr {
        Expr::Name(mut n) => {
            n.ctx = ctx;
            n.into()
        }
        Expr::Attribute(mut a) => {
            a.ctx = ctx;
            a.into()
        }
        Expr::Subscript(mut s) => {
            s.ctx = ctx;
            s.into()
        }
        Expr::Starred(mut s) if ctx == ExprContext::Store => {
            s.value = Box::new(to_target(*s.value, ctx)?);
            s.ctx = ctx;
            s.into()
        }
        Expr::Tuple(mut t) => {
            t.elts = t
                .elts
                .into_iter()
                .map(|e| to_target(e, ctx))
                .collect::<Result<_, _>>()?;
            t.ctx = ctx;
            t.into()
        }
        Expr::List(mut l) => {
            l.elts = l
                .elts
                .into_iter()
                .map(|e| to_target(e, ctx))
                .collect::<Result<_, _>>()?;
            l.ctx = ctx;
            l.into()
        }
        other => {
            return Err(InvalidTarget {
                what: expression_name(&other),
                span: other.span(),
            })
        }
    })
}

/// What CPython calls an expression in error messages
/// (`_PyPegen_get_expr_name`).
pub(crate) fn expression_name(expr: &Expr) -> &'static str {
    match expr {
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Lambda(_) => "lambda",
        Expr::Call(_) => "function call",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::GeneratorExp(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::JoinedStr(_) | Expr::FormattedValue(_) => "f-string expression",
        Expr::Constant(c) => match c.value {
            Constant::None => "None",
            Constant::Bool(true) => "True",
            Constant::Bool(false) => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        Expr::Compare(_) => "comparison",
        Expr::IfExp(_) => "conditional expression",
        Expr::NamedExpr(_) => "named expression",
        Expr::Slice(_) => "slice",
    }
}
