//! The operator levels of expressions, from `or` down to `**`, parsed by
//! precedence climbing in one loop instead of one grammar rule per level
//! (CPython's `disjunction` … `power`); the trees and spans are the same.

use chumsky::input::InputRef;
use chumsky::prelude::*;

use crate::context::NoMatch;
use pyvm_ast::{
    BoolOp, CmpOp, Expr, ExprAwait, ExprBinOp, ExprBoolOp, ExprCompare, ExprUnaryOp, Operator,
    UnaryOp,
};
use pyvm_lexer::TokenKind as K;
use pyvm_source::Span;

use crate::context::{Extra, In, Rule, MAX_DEPTH};
use crate::error::{ParseError, ParseErrorKind};
use crate::tokens::{Kw, Tok};

type Input<'t, 'p> = InputRef<'t, 'p, In<'t>, Extra<'t>>;
type Failure = NoMatch;

/// `disjunction`: the whole operator ladder over `primary`.
pub(crate) fn disjunction<'t>(
    primary: Rule<'t, Expr>,
) -> impl Parser<'t, In<'t>, Expr, Extra<'t>> + Clone {
    custom(move |inp: &mut Input<'t, '_>| {
        nested(inp, 1, |inp| Climber { primary: &primary }.disjunction(inp))
    })
}

/// `bitwise_or`: the binary-operator levels only (targets of `*` in displays).
pub(crate) fn bitwise_or<'t>(
    primary: Rule<'t, Expr>,
) -> impl Parser<'t, In<'t>, Expr, Extra<'t>> + Clone {
    custom(move |inp: &mut Input<'t, '_>| {
        nested(inp, 1, |inp| Climber { primary: &primary }.binary(inp, 1))
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
    primary: &'r Rule<'t, Expr>,
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
    /// `disjunction: conjunction ('or' conjunction)*`
    fn disjunction(&self, inp: &mut Input<'t, '_>) -> Result<Expr, Failure> {
        self.bool_chain(inp, Kw::Or, BoolOp::Or, Self::conjunction)
    }

    /// `conjunction: inversion ('and' inversion)*`
    fn conjunction(&self, inp: &mut Input<'t, '_>) -> Result<Expr, Failure> {
        self.bool_chain(inp, Kw::And, BoolOp::And, Self::inversion)
    }

    fn bool_chain(
        &self,
        inp: &mut Input<'t, '_>,
        keyword: Kw,
        op: BoolOp,
        operand: fn(&Self, &mut Input<'t, '_>) -> Result<Expr, Failure>,
    ) -> Result<Expr, Failure> {
        let start = inp.cursor();
        let first = operand(self, inp)?;
        if inp.peek() != Some(Tok::Kw(keyword)) {
            return Ok(first);
        }
        let mut values = vec![first];
        while inp.peek() == Some(Tok::Kw(keyword)) {
            inp.skip();
            values.push(operand(self, inp)?);
        }
        let range = inp.span_since(&start);
        Ok(ExprBoolOp {
            span: byte_span(inp, range),
            op,
            values,
        }
        .into())
    }

    /// `inversion: 'not' inversion | comparison`
    fn inversion(&self, inp: &mut Input<'t, '_>) -> Result<Expr, Failure> {
        if inp.peek() != Some(Tok::Kw(Kw::Not)) {
            return self.comparison(inp);
        }
        let start = inp.cursor();
        inp.skip();
        let operand = nested(inp, 1, |inp| self.inversion(inp))?;
        let range = inp.span_since(&start);
        Ok(ExprUnaryOp {
            span: byte_span(inp, range),
            op: UnaryOp::Not,
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

    /// `comparison: bitwise_or (compare_op bitwise_or)*`
    fn comparison(&self, inp: &mut Input<'t, '_>) -> Result<Expr, Failure> {
        let start = inp.cursor();
        let left = self.binary(inp, 1)?;
        let Some(first_op) = self.compare_operator(inp) else {
            return Ok(left);
        };
        let mut ops = vec![first_op];
        let mut comparators = vec![self.binary(inp, 1)?];
        while let Some(op) = self.compare_operator(inp) {
            ops.push(op);
            comparators.push(self.binary(inp, 1)?);
        }
        let range = inp.span_since(&start);
        Ok(ExprCompare {
            span: byte_span(inp, range),
            left: Box::new(left),
            ops,
            comparators,
        }
        .into())
    }

    /// Binary operators binding at least as tightly as `min_power`, left
    /// associative (`bitwise_or` … `term`).
    fn binary(&self, inp: &mut Input<'t, '_>, min_power: u8) -> Result<Expr, Failure> {
        let start = inp.cursor();
        let mut left = self.factor(inp)?;
        // Each operator of a left-associative chain nests the tree one level.
        let mut chain = 0;
        while let Some((op, power)) = inp.peek().and_then(binary_operator) {
            if power < min_power {
                break;
            }
            inp.skip();
            chain += 1;
            let right = nested(inp, chain, |inp| self.binary(inp, power + 1))?;
            let range = inp.span_since(&start);
            left = ExprBinOp {
                span: byte_span(inp, range),
                left: Box::new(left),
                op,
                right: Box::new(right),
            }
            .into();
        }
        Ok(left)
    }

    /// `factor: ('+' | '-' | '~') factor | power`
    fn factor(&self, inp: &mut Input<'t, '_>) -> Result<Expr, Failure> {
        let op = match inp.peek() {
            Some(Tok::Op(K::Plus)) => UnaryOp::UAdd,
            Some(Tok::Op(K::Minus)) => UnaryOp::USub,
            Some(Tok::Op(K::Tilde)) => UnaryOp::Invert,
            _ => return self.power(inp),
        };
        let start = inp.cursor();
        inp.skip();
        let operand = nested(inp, 1, |inp| self.factor(inp))?;
        let range = inp.span_since(&start);
        Ok(ExprUnaryOp {
            span: byte_span(inp, range),
            op,
            operand: Box::new(operand),
        }
        .into())
    }

    /// `power: await_primary ['**' factor]`, `await_primary: ['await'] primary`
    fn power(&self, inp: &mut Input<'t, '_>) -> Result<Expr, Failure> {
        let start = inp.cursor();
        let base = if inp.peek() == Some(Tok::Kw(Kw::Await)) {
            inp.skip();
            let value = inp.parse(self.primary)?;
            let range = inp.span_since(&start);
            ExprAwait {
                span: byte_span(inp, range),
                value: Box::new(value),
            }
            .into()
        } else {
            inp.parse(self.primary)?
        };
        if inp.peek() != Some(Tok::Op(K::DoubleStar)) {
            return Ok(base);
        }
        inp.skip();
        let exponent = nested(inp, 1, |inp| self.factor(inp))?;
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
