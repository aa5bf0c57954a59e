//! The operator levels of expressions, from `or` down to `**`, parsed by
//! precedence climbing in one loop instead of one grammar rule per level
//! (CPython's `disjunction` … `power`); the trees and spans are the same.
//!
//! An operand is read once, then each operator that follows binds it if
//! its level is at least the loop's minimum: `a` alone costs one look at
//! the next token, not a call per level.

use chumsky::input::{Cursor, InputRef};
use chumsky::prelude::*;

use crate::context::NoMatch;
use pyvm_ast::{
    BoolOp, CmpOp, Expr, ExprAwait, ExprBinOp, ExprBoolOp, ExprCompare, ExprUnaryOp, Operator,
    UnaryOp,
};
use pyvm_lexer::TokenKind as K;
use pyvm_source::Span;

use std::rc::Rc;

use crate::context::{Extra, In, MAX_DEPTH};
use crate::error::{ParseError, ParseErrorKind};
use crate::primary::Primary;
use crate::tokens::{Kw, Tok};

type Input<'t, 'p> = InputRef<'t, 'p, In<'t>, Extra<'t>>;
type Failure = NoMatch;

/// `disjunction`: the whole operator ladder over `primary`.
pub(crate) fn disjunction<'t>(
    primary: Rc<Primary<'t>>,
) -> impl Parser<'t, In<'t>, Expr, Extra<'t>> + Clone {
    custom(move |inp: &mut Input<'t, '_>| parse_disjunction(inp, &primary))
}

/// `disjunction` at the cursor, for rules that call it directly.
pub(crate) fn parse_disjunction<'t>(
    inp: &mut Input<'t, '_>,
    primary: &Primary<'t>,
) -> Result<Expr, Failure> {
    nested(inp, 1, |inp| Climber { primary }.operators(inp, Level::Or))
}

/// `bitwise_or`: the binary-operator levels only (targets of `*` in displays).
pub(crate) fn bitwise_or<'t>(
    primary: Rc<Primary<'t>>,
) -> impl Parser<'t, In<'t>, Expr, Extra<'t>> + Clone {
    custom(move |inp: &mut Input<'t, '_>| {
        nested(inp, 1, |inp| {
            Climber { primary: &primary }.operators(inp, Level::BITWISE_OR)
        })
    })
}

/// Fails with [`ParseErrorKind::TooDeep`] if nesting `levels` deeper than
/// now would pass [`MAX_DEPTH`].
pub(crate) fn check_depth(inp: &mut Input<'_, '_>, levels: usize) -> Result<(), Failure> {
    let ctx = inp.state();
    if ctx.error.is_some() {
        // An action already raised an error, which ends the parse: give up
        // at once instead of trying every alternative on the way out.
        return Err(NoMatch::default());
    }
    if ctx.depth + levels <= MAX_DEPTH {
        return Ok(());
    }
    let at = inp.cursor();
    let range = inp.span_since(&at);
    let ctx = inp.state();
    let span = ctx.byte_span(SimpleSpan::from(range.start..range.start + 1));
    ctx.record(ParseError {
        kind: ParseErrorKind::TooDeep,
        span,
    });
    Err(NoMatch::default())
}

/// Runs `parse` `levels` deeper, on a stack grown when needed, failing with
/// [`ParseErrorKind::TooDeep`] past [`MAX_DEPTH`].
pub(crate) fn nested<'t, O>(
    inp: &mut Input<'t, '_>,
    levels: usize,
    parse: impl FnOnce(&mut Input<'t, '_>) -> Result<O, Failure>,
) -> Result<O, Failure> {
    check_depth(inp, levels)?;
    inp.state().depth += levels;
    let result = stacker::maybe_grow(64 * 1024, 1024 * 1024, || parse(inp));
    inp.state().depth -= levels;
    result
}

struct Climber<'r, 't> {
    primary: &'r Primary<'t>,
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

fn byte_span(inp: &mut Input<'_, '_>, range: SimpleSpan<usize>) -> Span {
    inp.state().byte_span(range)
}

impl<'t> Climber<'_, 't> {
    /// An expression of operators binding at least as tightly as `min`.
    fn operators(&self, inp: &mut Input<'t, '_>, min: Level) -> Result<Expr, Failure> {
        let start = inp.cursor();
        let mut left = self.prefixed(inp, min)?;
        // Each operator of a left-associative chain nests the tree one level.
        let mut chain = 0;
        loop {
            let Some(tok) = inp.peek() else {
                return Ok(left);
            };
            if let Some((op, power)) = binary_operator(tok) {
                if Level::Binary(power) < min {
                    return Ok(left);
                }
                inp.skip();
                chain += 1;
                let right = nested(inp, chain, |inp| {
                    self.operators(inp, Level::Binary(power + 1))
                })?;
                let range = inp.span_since(&start);
                left = ExprBinOp {
                    span: byte_span(inp, range),
                    left: Box::new(left),
                    op,
                    right: Box::new(right),
                }
                .into();
                continue;
            }
            left = match tok {
                Tok::Kw(Kw::Or) if min <= Level::Or => {
                    self.bool_chain(inp, &start, left, Kw::Or, BoolOp::Or, Level::And)?
                }
                Tok::Kw(Kw::And) if min <= Level::And => {
                    self.bool_chain(inp, &start, left, Kw::And, BoolOp::And, Level::Not)?
                }
                _ if min <= Level::Comparison => match self.compare_operator(inp) {
                    Some(op) => self.comparison(inp, &start, left, op)?,
                    None => return Ok(left),
                },
                _ => return Ok(left),
            };
        }
    }

    /// `left ('or' operand)*` (or `and`): one node for the whole chain.
    fn bool_chain<'p>(
        &self,
        inp: &mut Input<'t, 'p>,
        start: &Cursor<'t, 'p, In<'t>>,
        left: Expr,
        keyword: Kw,
        op: BoolOp,
        operand: Level,
    ) -> Result<Expr, Failure> {
        let mut values = vec![left];
        while inp.peek() == Some(Tok::Kw(keyword)) {
            inp.skip();
            values.push(self.operators(inp, operand)?);
        }
        let range = inp.span_since(start);
        Ok(ExprBoolOp {
            span: byte_span(inp, range),
            op,
            values,
        }
        .into())
    }

    /// `left (compare_op bitwise_or)*`, the first operator already read.
    fn comparison<'p>(
        &self,
        inp: &mut Input<'t, 'p>,
        start: &Cursor<'t, 'p, In<'t>>,
        left: Expr,
        first_op: CmpOp,
    ) -> Result<Expr, Failure> {
        let mut ops = vec![first_op];
        let mut comparators = vec![self.operators(inp, Level::BITWISE_OR)?];
        while let Some(op) = self.compare_operator(inp) {
            ops.push(op);
            comparators.push(self.operators(inp, Level::BITWISE_OR)?);
        }
        let range = inp.span_since(start);
        Ok(ExprCompare {
            span: byte_span(inp, range),
            left: Box::new(left),
            ops,
            comparators,
        }
        .into())
    }

    /// An operand with its prefix operators: `not` where `min` allows an
    /// inversion, unary `+`, `-`, `~`, else a power.
    fn prefixed(&self, inp: &mut Input<'t, '_>, min: Level) -> Result<Expr, Failure> {
        let (op, operand) = match inp.peek() {
            Some(Tok::Kw(Kw::Not)) if min <= Level::Not => (UnaryOp::Not, Level::Not),
            Some(Tok::Op(K::Plus)) => (UnaryOp::UAdd, Level::Factor),
            Some(Tok::Op(K::Minus)) => (UnaryOp::USub, Level::Factor),
            Some(Tok::Op(K::Tilde)) => (UnaryOp::Invert, Level::Factor),
            _ => return self.power(inp),
        };
        let start = inp.cursor();
        inp.skip();
        // `not` takes an inversion (a comparison at least), `-` a factor.
        let operand = nested(inp, 1, |inp| {
            if op == UnaryOp::Not {
                self.operators(inp, operand)
            } else {
                self.prefixed(inp, operand)
            }
        })?;
        let range = inp.span_since(&start);
        Ok(ExprUnaryOp {
            span: byte_span(inp, range),
            op,
            operand: Box::new(operand),
        }
        .into())
    }

    /// The comparison operator at the cursor, consumed.
    fn compare_operator(&self, inp: &mut Input<'t, '_>) -> Option<CmpOp> {
        let op = match inp.peek()? {
            Tok::Op(K::EqEqual) => CmpOp::Eq,
            Tok::Op(K::NotEqual) => CmpOp::NotEq,
            Tok::Op(K::LessEqual) => CmpOp::LtE,
            Tok::Op(K::Less) => CmpOp::Lt,
            Tok::Op(K::GreaterEqual) => CmpOp::GtE,
            Tok::Op(K::Greater) => CmpOp::Gt,
            Tok::Kw(Kw::In) => CmpOp::In,
            Tok::Kw(Kw::Is) => {
                inp.skip();
                if inp.peek() == Some(Tok::Kw(Kw::Not)) {
                    inp.skip();
                    return Some(CmpOp::IsNot);
                }
                return Some(CmpOp::Is);
            }
            Tok::Kw(Kw::Not) => {
                let before = inp.save();
                inp.skip();
                if inp.peek() == Some(Tok::Kw(Kw::In)) {
                    inp.skip();
                    return Some(CmpOp::NotIn);
                }
                inp.rewind(before);
                return None;
            }
            _ => return None,
        };
        inp.skip();
        Some(op)
    }

    /// `power: await_primary ['**' factor]`, `await_primary: ['await'] primary`
    fn power(&self, inp: &mut Input<'t, '_>) -> Result<Expr, Failure> {
        let start = inp.cursor();
        let base = if inp.peek() == Some(Tok::Kw(Kw::Await)) {
            inp.skip();
            let value = self.primary.parse(inp)?;
            let range = inp.span_since(&start);
            ExprAwait {
                span: byte_span(inp, range),
                value: Box::new(value),
            }
            .into()
        } else {
            self.primary.parse(inp)?
        };
        if inp.peek() != Some(Tok::Op(K::DoubleStar)) {
            return Ok(base);
        }
        inp.skip();
        let exponent = nested(inp, 1, |inp| self.prefixed(inp, Level::Factor))?;
        let range = inp.span_since(&start);
        Ok(ExprBinOp {
            span: byte_span(inp, range),
            left: Box::new(base),
            op: Operator::Pow,
            right: Box::new(exponent),
        }
        .into())
    }
}
