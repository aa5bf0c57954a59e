//! `primary`: an atom and its trailers (`.name`, `(arguments)`,
//! `[slices]`), as CPython's grammar defines them.
//!
//! Every operand of every expression goes through here, so the atom is
//! chosen by its first token.

use std::convert::Infallible;

use pyvm_ast::{
    Constant, Expr, ExprAttribute, ExprCall, ExprConstant, ExprContext, ExprName, ExprSlice,
    ExprSubscript,
};
use pyvm_lexer::TokenKind as K;

use crate::arguments::call_arguments;
use crate::context::{NoMatch, MAX_DEPTH};
use crate::displays::{braces, list, parenthesized};
use crate::error::ParseErrorKind;
use crate::expr::{expression, named_expression, starred, tuple};
use crate::number;
use crate::operators::bitwise_or;
use crate::reader::{Parsed, Reader};
use crate::strings::strings;
use crate::tokens::{Kw, Tok};

/// `atom`, chosen by its first token.
pub(crate) fn atom(r: &mut Reader<'_, '_>) -> Parsed<Expr> {
    r.fetch();
    let start = r.pos;
    let constant = match r.peek() {
        Tok::Name | Tok::Soft(_) => {
            r.bump();
            // One token's span: the node's, as it is no line break.
            let span = r.spans[start];
            if span.len() as usize == "__debug__".len() && r.text(start) == "__debug__" {
                r.note_fold_site(span.start);
            }
            return Ok(ExprName {
                span,
                id: r.identifier(start),
                ctx: ExprContext::Load,
            }
            .into());
        }
        Tok::Number => return number_atom(r),
        Tok::String => return strings(r),
        Tok::Op(K::Lpar) => return parenthesized(r),
        Tok::Op(K::Lsqb) => return list(r),
        Tok::Op(K::Lbrace) => return braces(r),
        Tok::Kw(Kw::True) => Constant::Bool(true),
        Tok::Kw(Kw::False) => Constant::Bool(false),
        Tok::Kw(Kw::None) => Constant::None,
        Tok::Op(K::Ellipsis) => Constant::Ellipsis,
        _ => return Err(NoMatch::default()),
    };
    r.bump();
    Ok(constant_expr(constant, r.spans[start]))
}

fn constant_expr(value: Constant, span: pyvm_source::Span) -> Expr {
    ExprConstant {
        span,
        value,
        kind: None,
    }
    .into()
}

/// A NUMBER token's constant.
fn number_atom(r: &mut Reader<'_, '_>) -> Parsed<Expr> {
    let start = r.pos;
    r.expect(Tok::Number)?;
    let text = r.text(start);
    let at = r.spans[start];
    if let Some(digits) = number::too_many_digits(text) {
        // CPython 3.11 refuses to convert such a literal, with no position.
        return r.fail(ParseErrorKind::IntTooLong { digits }, at);
    }
    Ok(constant_expr(number::parse_number(text), at))
}

/// Whether the next token is an atom that is a whole `expression`: a
/// name, number, string or constant followed by a token that continues no
/// expression (`,`, `)`, `=`, the end of the line, …). Such an atom is
/// read with [`atom`], without climbing every operator level to it, as
/// most operands are. The levels' checks are the same: none fails below
/// [`MAX_DEPTH`] when no error is recorded, and none fetches a token.
#[inline]
pub(crate) fn at_lone_atom(r: &Reader<'_, '_>) -> bool {
    // `expression`, `disjunction` and the first trailer of `primary` each
    // nest one level deeper.
    const LEVELS: usize = 3;
    ends_expression(r.peek_second())
        && r.ctx.error.is_none()
        && r.ctx.depth + LEVELS <= MAX_DEPTH
        && is_one_token_atom(r.peek())
}

/// Whether `tok` alone is an atom: a name, a number, a string, `True`,
/// `False`, `None` or `...`.
fn is_one_token_atom(tok: Tok) -> bool {
    matches!(
        tok,
        Tok::Name
            | Tok::Soft(_)
            | Tok::Number
            | Tok::String
            | Tok::Kw(Kw::True | Kw::False | Kw::None)
            | Tok::Op(K::Ellipsis)
    )
}

/// Whether `tok`, after an atom, ends the expression at every level: no
/// trailer, operator, `if` or `:=` starts with it.
fn ends_expression(tok: Tok) -> bool {
    matches!(
        tok,
        Tok::Op(
            K::Comma
                | K::Rpar
                | K::Rsqb
                | K::Rbrace
                | K::Colon
                | K::Equal
                | K::Semi
                | K::Rarrow
                | K::PlusEqual
                | K::MinEqual
                | K::StarEqual
                | K::SlashEqual
        ) | Tok::Newline
            | Tok::Kw(Kw::For | Kw::As | Kw::Else)
    )
}

/// Whether the next token is an atom of one token that no trailer
/// follows: the whole `primary`, as the loop of trailers would find (its
/// first depth check passes, and it fetches no token).
#[inline]
fn at_bare_atom(r: &Reader<'_, '_>) -> bool {
    !matches!(
        r.peek_second(),
        Tok::Op(K::Dot | K::Lpar | K::Lsqb) | Tok::String
    ) && r.ctx.error.is_none()
        && r.ctx.depth < MAX_DEPTH
        && is_one_token_atom(r.peek())
}

/// `primary`: an atom, then its trailers.
pub(crate) fn primary(r: &mut Reader<'_, '_>) -> Parsed<Expr> {
    if at_bare_atom(r) {
        // Returned as it comes: copying the node out of `atom`'s result
        // right after `atom` wrote it stalls the processor.
        return atom(r);
    }
    let start = r.pos;
    let mut value = atom(r)?;
    // Each trailer nests the tree one level (`a.b.c` is Attribute(Attribute(a)).
    let mut chain = 0;
    loop {
        chain += 1;
        r.check_depth(chain)?;
        let before = r.mark();
        value = match r.peek() {
            Tok::Op(K::Dot) if matches!(r.peek_second(), Tok::Name | Tok::Soft(_)) => {
                r.pos += 2;
                ExprAttribute {
                    span: r.span_from(start),
                    value: Box::new(value),
                    attr: r.identifier(r.pos - 1),
                    ctx: ExprContext::Load,
                }
                .into()
            }
            Tok::Op(K::Lpar) => {
                let Ok(args) = call_arguments(r) else {
                    r.reset(before);
                    break;
                };
                ExprCall {
                    span: r.span_from(start),
                    func: Box::new(value),
                    args: args.args,
                    keywords: args.keywords,
                }
                .into()
            }
            Tok::Op(K::Lsqb) => {
                let Ok(slice) = subscript(r) else {
                    r.reset(before);
                    break;
                };
                r.built(ExprSubscript {
                    span: r.span_from(start),
                    value: Box::new(value),
                    slice: Box::new(slice),
                    ctx: ExprContext::Load,
                })
            }
            _ => break,
        };
    }
    Ok(value)
}

/// `'[' slices ']'` after a primary.
fn subscript(r: &mut Reader<'_, '_>) -> Parsed<Expr> {
    r.expect(Tok::Op(K::Lsqb))?;
    let slices = slices(r)?;
    r.expect(Tok::Op(K::Rsqb))?;
    Ok(slices)
}

/// `slices`: one slice, or a tuple of them (with a comma).
fn slices(r: &mut Reader<'_, '_>) -> Parsed<Expr> {
    let start = r.pos;
    let first = slice_or_starred(r)?;
    if !r.eat(Tok::Op(K::Comma)) {
        // A lone `*x` is still a tuple: `tuple[*Ts]` (PEP 646).
        if !matches!(first, Expr::Starred(_)) {
            return Ok(first);
        }
        let span = r.span_from(start);
        return Ok(tuple(r, vec![first], span));
    }
    let Ok(elts) = r.gathering::<Expr, Infallible>(|r| {
        r.gather(first);
        loop {
            // After a comma: a slice, or the comma was the last token.
            let before = r.mark();
            match slice_or_starred(r) {
                Ok(elt) => r.gather(elt),
                Err(_) => {
                    r.reset(before);
                    return Ok(());
                }
            }
            if !r.eat(Tok::Op(K::Comma)) {
                return Ok(());
            }
        }
    });
    let span = r.span_from(start);
    Ok(tuple(r, elts, span))
}

/// `'*' bitwise_or` or a slice.
fn slice_or_starred(r: &mut Reader<'_, '_>) -> Parsed<Expr> {
    let before = r.mark();
    if r.eat(Tok::Op(K::Star)) {
        if let Ok(value) = bitwise_or(r) {
            return Ok(starred(value, r.span_from(before.pos()), ExprContext::Load));
        }
        r.reset(before);
    }
    slice(r)
}

/// `slice: [expression] ':' [expression] [':' [expression]] | named_expression`,
/// parsed without reading the first expression twice.
fn slice(r: &mut Reader<'_, '_>) -> Parsed<Expr> {
    let start = r.pos;
    let lower = optional(r, named_expression);
    let before_colon = r.mark();
    if !r.eat(Tok::Op(K::Colon)) {
        r.reset(before_colon);
        return lower.ok_or_else(NoMatch::default);
    }
    let upper = optional(r, expression);
    let before_step = r.mark();
    let step = if r.eat(Tok::Op(K::Colon)) {
        optional(r, expression)
    } else {
        r.reset(before_step);
        None
    };
    Ok(ExprSlice {
        span: r.span_from(start),
        lower: lower.map(Box::new),
        upper: upper.map(Box::new),
        step: step.map(Box::new),
    }
    .into())
}

/// `parse` if it matches, else nothing (and nothing consumed).
pub(crate) fn optional<T>(
    r: &mut Reader<'_, '_>,
    parse: impl FnOnce(&mut Reader<'_, '_>) -> Parsed<T>,
) -> Option<T> {
    let before = r.mark();
    match parse(r) {
        Ok(value) => Some(value),
        Err(_) => {
            r.reset(before);
            None
        }
    }
}
