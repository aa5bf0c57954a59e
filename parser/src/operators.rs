//! The operator levels of expressions, from `or` down to `**`, parsed by
//! precedence climbing in one loop instead of one grammar rule per level
//! (CPython's `disjunction` … `power`); the trees and spans are the same.
//!
//! An operand is read once, then each operator that follows binds it if
//! its level is at least the loop's minimum: `a` alone costs one look at
//! the next token, not a call per level.

use pyvm_ast::{
    BoolOp, CmpOp, Expr, ExprAwait, ExprBinOp, ExprBoolOp, ExprCompare, ExprUnaryOp, Operator,
    UnaryOp,
};
use pyvm_lexer::TokenKind as K;

use crate::primary::primary;
use crate::reader::{Parsed, Reader};
use crate::tokens::{Kw, Tok};

/// `disjunction`: the whole operator ladder over `primary`.
pub(crate) fn disjunction(r: &mut Reader<'_, '_>) -> Parsed<Expr> {
    r.nested(1, disjunction_here)
}

/// `disjunction` at the current depth (its caller has nested it).
pub(crate) fn disjunction_here(r: &mut Reader<'_, '_>) -> Parsed<Expr> {
    operators(r, Level::Or)
}

/// `bitwise_or`: the binary-operator levels only (targets of `*` in displays).
pub(crate) fn bitwise_or(r: &mut Reader<'_, '_>) -> Parsed<Expr> {
    r.nested(1, |r| operators(r, Level::BITWISE_OR))
}

/// How tightly an operator binds, loosest first. Binary operators take
/// `Binary(1)` (`|`) to `Binary(6)` (`*`, `/`, `//`, `%`, `@`).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Level {
    /// `disjunction`: `or`.
    Or,
    /// `conjunction`: `and`.
    And,
    /// `inversion`: `not`.
    Not,
    /// `comparison`: `==`, `<`, `in`, `is not`, …
    Comparison,
    /// `bitwise_or` … `term`.
    Binary(u8),
    /// `factor`: unary `+`, `-`, `~`.
    Factor,
}

impl Level {
    /// `bitwise_or`, the loosest binary level.
    const BITWISE_OR: Level = Level::Binary(1);
}

/// A binary operator and its binding power (higher binds tighter).
fn binary_operator(tok: Tok) -> Option<(Operator, u8)> {
    Some(match tok {
        Tok::Op(K::Vbar) => (Operator::BitOr, 1),
        Tok::Op(K::Circumflex) => (Operator::BitXor, 2),
        Tok::Op(K::Amper) => (Operator::BitAnd, 3),
        Tok::Op(K::LeftShift) => (Operator::LShift, 4),
        Tok::Op(K::RightShift) => (Operator::RShift, 4),
        Tok::Op(K::Plus) => (Operator::Add, 5),
        Tok::Op(K::Minus) => (Operator::Sub, 5),
        Tok::Op(K::Star) => (Operator::Mult, 6),
        Tok::Op(K::Slash) => (Operator::Div, 6),
        Tok::Op(K::DoubleSlash) => (Operator::FloorDiv, 6),
        Tok::Op(K::Percent) => (Operator::Mod, 6),
        Tok::Op(K::At) => (Operator::MatMult, 6),
        _ => return None,
    })
}

/// An expression of operators binding at least as tightly as `min`.
fn operators(r: &mut Reader<'_, '_>, min: Level) -> Parsed<Expr> {
    let start = r.pos;
    let mut left = match r.peek() {
        Tok::Kw(Kw::Not | Kw::Await) | Tok::Op(K::Plus | K::Minus | K::Tilde) => prefixed(r, min)?,
        // The usual operand, read without going through `prefixed`.
        _ => {
            let base = primary(r)?;
            power_after(r, start, base)?
        }
    };
    // Each operator of a left-associative chain nests the tree one level.
    let mut chain = 0;
    loop {
        let tok = r.peek();
        if let Some((op, power)) = binary_operator(tok) {
            if Level::Binary(power) < min {
                return Ok(left);
            }
            r.bump();
            chain += 1;
            let right = r.nested(chain, |r| operators(r, Level::Binary(power + 1)))?;
            left = r.built(ExprBinOp {
                span: r.span_from(start),
                left: Box::new(left),
                op,
                right: Box::new(right),
            });
            continue;
        }
        left = match tok {
            Tok::Kw(Kw::Or) if min <= Level::Or => {
                bool_chain(r, start, left, Kw::Or, BoolOp::Or, Level::And)?
            }
            Tok::Kw(Kw::And) if min <= Level::And => {
                bool_chain(r, start, left, Kw::And, BoolOp::And, Level::Not)?
            }
            _ if min <= Level::Comparison => match compare_operator(r) {
                Some(op) => comparison(r, start, left, op)?,
                None => return Ok(left),
            },
            _ => return Ok(left),
        };
    }
}

/// `left ('or' operand)*` (or `and`): one node for the whole chain.
fn bool_chain(
    r: &mut Reader<'_, '_>,
    start: usize,
    left: Expr,
    keyword: Kw,
    op: BoolOp,
    operand: Level,
) -> Parsed<Expr> {
    let values = r.gathering(|r| {
        r.gather(left);
        while r.at(Tok::Kw(keyword)) {
            r.bump();
            let value = operators(r, operand)?;
            r.gather(value);
        }
        Ok(())
    })?;
    Ok(ExprBoolOp {
        span: r.span_from(start),
        op,
        values,
    }
    .into())
}

/// `left (compare_op bitwise_or)*`, the first operator already read.
fn comparison(r: &mut Reader<'_, '_>, start: usize, left: Expr, first_op: CmpOp) -> Parsed<Expr> {
    let mut ops = vec![first_op];
    let comparators = r.gathering(|r| {
        let first = operators(r, Level::BITWISE_OR)?;
        r.gather(first);
        while let Some(op) = compare_operator(r) {
            ops.push(op);
            let next = operators(r, Level::BITWISE_OR)?;
            r.gather(next);
        }
        Ok(())
    })?;
    Ok(r.built(ExprCompare {
        span: r.span_from(start),
        left: Box::new(left),
        ops,
        comparators,
    }))
}

/// An operand with its prefix operators: `not` where `min` allows an
/// inversion, unary `+`, `-`, `~`, else a power.
fn prefixed(r: &mut Reader<'_, '_>, min: Level) -> Parsed<Expr> {
    let (op, operand) = match r.peek() {
        Tok::Kw(Kw::Not) if min <= Level::Not => (UnaryOp::Not, Level::Not),
        Tok::Op(K::Plus) => (UnaryOp::UAdd, Level::Factor),
        Tok::Op(K::Minus) => (UnaryOp::USub, Level::Factor),
        Tok::Op(K::Tilde) => (UnaryOp::Invert, Level::Factor),
        _ => return power(r),
    };
    let start = r.pos;
    r.bump();
    // `not` takes an inversion (a comparison at least), `-` a factor.
    let operand = r.nested(1, |r| {
        if op == UnaryOp::Not {
            operators(r, operand)
        } else {
            prefixed(r, operand)
        }
    })?;
    Ok(r.built(ExprUnaryOp {
        span: r.span_from(start),
        op,
        operand: Box::new(operand),
    }))
}

/// The comparison operator at the position, consumed.
fn compare_operator(r: &mut Reader<'_, '_>) -> Option<CmpOp> {
    let op = match r.peek() {
        Tok::Op(K::EqEqual) => CmpOp::Eq,
        Tok::Op(K::NotEqual) => CmpOp::NotEq,
        Tok::Op(K::LessEqual) => CmpOp::LtE,
        Tok::Op(K::Less) => CmpOp::Lt,
        Tok::Op(K::GreaterEqual) => CmpOp::GtE,
        Tok::Op(K::Greater) => CmpOp::Gt,
        Tok::Kw(Kw::In) => CmpOp::In,
        Tok::Kw(Kw::Is) => {
            r.bump();
            if r.at(Tok::Kw(Kw::Not)) {
                r.bump();
                return Some(CmpOp::IsNot);
            }
            return Some(CmpOp::Is);
        }
        Tok::Kw(Kw::Not) if r.peek_second() == Tok::Kw(Kw::In) => {
            r.pos += 2;
            return Some(CmpOp::NotIn);
        }
        _ => return None,
    };
    r.bump();
    Some(op)
}

/// `power: await_primary ['**' factor]`, `await_primary: ['await'] primary`
fn power(r: &mut Reader<'_, '_>) -> Parsed<Expr> {
    let start = r.pos;
    let base = if r.at(Tok::Kw(Kw::Await)) {
        r.bump();
        let value = primary(r)?;
        ExprAwait {
            span: r.span_from(start),
            value: Box::new(value),
        }
        .into()
    } else {
        primary(r)?
    };
    power_after(r, start, base)
}

/// `['**' factor]` after the `await_primary` `base`, which started at `start`.
#[inline]
fn power_after(r: &mut Reader<'_, '_>, start: usize, base: Expr) -> Parsed<Expr> {
    if !r.at(Tok::Op(K::DoubleStar)) {
        return Ok(base);
    }
    r.bump();
    let exponent = r.nested(1, |r| prefixed(r, Level::Factor))?;
    Ok(r.built(ExprBinOp {
        span: r.span_from(start),
        left: Box::new(base),
        op: Operator::Pow,
        right: Box::new(exponent),
    }))
}
