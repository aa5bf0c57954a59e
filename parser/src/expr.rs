//! Expressions, as CPython 3.11's grammar (`Grammar/python.gram`) defines
//! them, from `star_expressions` down to the operator levels; the rules
//! are plain functions over a [`Reader`], as are the statements'.

use std::convert::Infallible;

use chumsky::input::InputRef;
use chumsky::prelude::*;

use crate::context::NoMatch;
use pyvm_ast::{
    Expr, ExprContext, ExprIfExp, ExprLambda, ExprName, ExprNamedExpr, ExprStarred, ExprTuple,
    ExprYield, ExprYieldFrom, Identifier,
};
use pyvm_lexer::TokenKind as K;
use pyvm_source::Span;

use crate::context::{Extra, In};
use crate::error::ParseErrorKind;
use crate::operators::{bitwise_or, disjunction, disjunction_here};
use crate::params::lambda_parameters;
use crate::primary::{at_lone_atom, atom, optional, primary};
use crate::reader::{Parsed, Reader};
use crate::target::to_target;
use crate::tokens::{Kw, Tok};

// --- the entry points' token rule ----------------------------------------------

/// The token `expected`. Also notes how far the parser has looked: CPython
/// reports "invalid syntax" at the last token it fetched.
pub(crate) fn tok<'t>(expected: Tok) -> impl Parser<'t, In<'t>, Tok, Extra<'t>> + Clone {
    custom(move |inp: &mut InputRef<'t, '_, In<'t>, Extra<'t>>| {
        let index = *inp.cursor().inner();
        let ctx = inp.state();
        ctx.furthest = ctx.furthest.max(index);
        if inp.peek() == Some(expected) {
            inp.skip();
            Ok(expected)
        } else {
            Err(NoMatch::default())
        }
    })
}

// --- names -----------------------------------------------------------------------

/// A name: an identifier or a soft keyword.
pub(crate) fn name(r: &mut Reader<'_, '_>) -> Parsed<Identifier> {
    r.fetch();
    if !matches!(r.peek(), Tok::Name | Tok::Soft(_)) {
        return Err(NoMatch::default());
    }
    r.bump();
    Ok(r.identifier(r.pos - 1))
}

/// `dotted_name`: `a.b.c`, as text.
pub(crate) fn dotted_name(r: &mut Reader<'_, '_>) -> Parsed<Identifier> {
    let mut dotted = name(r)?;
    loop {
        let before = r.mark();
        if !r.eat(Tok::Op(K::Dot)) {
            return Ok(dotted);
        }
        match name(r) {
            Ok(part) => {
                dotted.push('.');
                dotted.push_str(&part);
            }
            Err(_) => {
                r.reset(before);
                return Ok(dotted);
            }
        }
    }
}

// --- expressions -------------------------------------------------------------------

/// `expression: lambda | disjunction ['if' disjunction 'else' expression]`,
/// chosen by the first token; every nested expression (lambda bodies,
/// conditional branches, …) counts towards the depth limit.
pub(crate) fn expression(r: &mut Reader<'_, '_>) -> Parsed<Expr> {
    if at_lone_atom(r) {
        return atom(r);
    }
    r.nested(1, |r| {
        if r.at(Tok::Kw(Kw::Lambda)) {
            return lambda(r);
        }
        let start = r.pos;
        // The stack was grown for `expression` just now.
        let body = r.deeper(1, disjunction_here);
        // Most expressions end here: returned as they come (no copy).
        let body = match body {
            Ok(body) if r.at(Tok::Kw(Kw::If)) => body,
            _ => return body,
        };
        let before = r.mark();
        r.bump();
        let Ok(test) = disjunction(r) else {
            r.reset(before);
            return Ok(body);
        };
        if !r.at(Tok::Kw(Kw::Else)) {
            // `x if y` with no `else`: CPython points at the start.
            let at = Span::empty(r.span_from(start).start);
            return r.fail(ParseErrorKind::ExpectedElse, at);
        }
        r.bump();
        let orelse = expression(r)?;
        Ok(ExprIfExp {
            span: r.span_from(start),
            test: Box::new(test),
            body: Box::new(body),
            orelse: Box::new(orelse),
        }
        .into())
    })
}

/// `lambda [params]: expression`
fn lambda(r: &mut Reader<'_, '_>) -> Parsed<Expr> {
    let start = r.pos;
    r.expect(Tok::Kw(Kw::Lambda))?;
    let params = lambda_parameters(r);
    r.expect(Tok::Op(K::Colon))?;
    let body = expression(r)?;
    Ok(ExprLambda {
        span: r.span_from(start),
        args: Box::new(params.into_arguments()),
        body: Box::new(body),
    }
    .into())
}

/// `named_expression`: `NAME := expression`, or an expression not followed
/// by `:=`, told apart by the first two tokens.
pub(crate) fn named_expression(r: &mut Reader<'_, '_>) -> Parsed<Expr> {
    // As `expression` would read it, not followed by `:=`.
    if at_lone_atom(r) {
        return atom(r);
    }
    let start = r.pos;
    if matches!(r.peek(), Tok::Name | Tok::Soft(_)) && r.peek_second() == Tok::Op(K::ColonEqual) {
        r.pos += 2;
        let value = expression(r)?;
        let target = ExprName {
            span: r.ctx.byte_span(SimpleSpan::from(start..start + 1)),
            id: r.identifier(start),
            ctx: ExprContext::Store,
        };
        return Ok(ExprNamedExpr {
            span: r.span_from(start),
            target: Box::new(target.into()),
            value: Box::new(value),
        }
        .into());
    }
    // Returned as it comes (no copy of the node through `?`).
    let value = expression(r);
    if value.is_ok() && r.at(Tok::Op(K::ColonEqual)) {
        return Err(NoMatch::default());
    }
    value
}

/// `'*' bitwise_or`
fn starred_bitwise_or(r: &mut Reader<'_, '_>) -> Parsed<Expr> {
    let start = r.pos;
    r.expect(Tok::Op(K::Star))?;
    let value = bitwise_or(r)?;
    Ok(starred(value, r.span_from(start), ExprContext::Load))
}

/// `star_named_expression: '*' bitwise_or | named_expression`
pub(crate) fn star_named_expression(r: &mut Reader<'_, '_>) -> Parsed<Expr> {
    if r.at(Tok::Op(K::Star)) {
        starred_bitwise_or(r)
    } else {
        named_expression(r)
    }
}

/// `star_expression: '*' bitwise_or | expression`
fn star_expression(r: &mut Reader<'_, '_>) -> Parsed<Expr> {
    if at_lone_atom(r) {
        return atom(r);
    }
    if r.at(Tok::Op(K::Star)) {
        starred_bitwise_or(r)
    } else {
        expression(r)
    }
}

/// `star_expressions`: a tuple without brackets, or one expression.
pub(crate) fn star_expressions(r: &mut Reader<'_, '_>) -> Parsed<Expr> {
    comma_tuple(r, star_expression, ExprContext::Load)
}

/// `yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]`
pub(crate) fn yield_expr(r: &mut Reader<'_, '_>) -> Parsed<Expr> {
    let start = r.pos;
    r.expect(Tok::Kw(Kw::Yield))?;
    let before = r.mark();
    if r.eat(Tok::Kw(Kw::From)) {
        if let Ok(value) = expression(r) {
            return Ok(ExprYieldFrom {
                span: r.span_from(start),
                value: Box::new(value),
            }
            .into());
        }
        r.reset(before);
    }
    let value = optional(r, star_expressions);
    Ok(ExprYield {
        span: r.span_from(start),
        value: value.map(Box::new),
    }
    .into())
}

/// `item (',' item)* [',']`: the item alone, or a tuple of the items when
/// there is a comma (`star_targets`, `star_expressions`).
fn comma_tuple(
    r: &mut Reader<'_, '_>,
    item: fn(&mut Reader<'_, '_>) -> Parsed<Expr>,
    ctx: ExprContext,
) -> Parsed<Expr> {
    let start = r.pos;
    let first = item(r);
    // One item without a comma: returned as it comes (no copy).
    let first = match first {
        Ok(first) if r.at(Tok::Op(K::Comma)) => first,
        _ => return first,
    };
    let Ok(elts) = r.gathering::<Expr, Infallible>(|r| {
        r.gather(first);
        while r.at(Tok::Op(K::Comma)) {
            r.bump();
            match optional(r, item) {
                Some(elt) => r.gather(elt),
                // A trailing comma ends the tuple.
                None => break,
            }
        }
        Ok(())
    });
    Ok(r.built(ExprTuple {
        span: r.span_from(start),
        elts,
        ctx,
    }))
}

// --- targets -------------------------------------------------------------------------

/// `star_targets`, in `Store` context.
pub(crate) fn star_targets(r: &mut Reader<'_, '_>) -> Parsed<Expr> {
    comma_tuple(r, star_target, ExprContext::Store)
}

/// `star_target: '*' (!'*' star_target) | target_with_star_atom`
pub(crate) fn star_target(r: &mut Reader<'_, '_>) -> Parsed<Expr> {
    let before = r.mark();
    if r.eat(Tok::Op(K::Star)) {
        // The rule recurses once per `*`, but a starred target is never
        // the operand of another: read the stars in a loop.
        let inner = star_target_after_star(r);
        match inner {
            Ok(inner) if !matches!(inner, Expr::Starred(_)) => {
                return Ok(starred(
                    inner,
                    r.span_from(before.pos()),
                    ExprContext::Store,
                ));
            }
            _ => r.reset(before),
        }
    }
    let value = primary(r)?;
    to_target(value, ExprContext::Store).map_err(|_| NoMatch::default())
}

/// The `star_target` after a `*` (`star_target` recursing on itself without
/// growing the stack): fails unless it is a target without a star.
fn star_target_after_star(r: &mut Reader<'_, '_>) -> Parsed<Expr> {
    // Each `*` is fetched, then the first token that is not one.
    let first_star = r.pos;
    while r.eat(Tok::Op(K::Star)) {}
    let stars = r.pos - first_star;
    let value = primary(r)?;
    let target = to_target(value, ExprContext::Store).map_err(|_| NoMatch::default())?;
    if stars > 0 {
        // `**x`-like: the innermost `*x` is starred, which no outer level
        // accepts.
        return Err(NoMatch::default());
    }
    Ok(target)
}

// --- nodes -----------------------------------------------------------------------------

pub(crate) fn starred(value: Expr, span: Span, ctx: ExprContext) -> Expr {
    ExprStarred {
        span,
        value: Box::new(value),
        ctx,
    }
    .into()
}

pub(crate) fn tuple(r: &mut Reader<'_, '_>, elts: Vec<Expr>, span: Span) -> Expr {
    r.built(ExprTuple {
        span,
        elts,
        ctx: ExprContext::Load,
    })
}
