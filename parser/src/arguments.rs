//! The arguments of a call (also a class's bases): positional, starred,
//! keyword and `**` arguments, and the generator-expression form
//! `f(x for x in y)`, with CPython's errors for misplaced ones.

use std::convert::Infallible;

use pyvm_ast::{Comprehension, Expr, ExprContext, ExprGeneratorExp, Keyword};
use pyvm_lexer::TokenKind as K;
use pyvm_source::Span;

use crate::context::NoMatch;
use crate::displays::optional_comprehensions;
use crate::error::ParseErrorKind;
use crate::expr::{expression, name, named_expression, starred};
use crate::primary::optional;
use crate::reader::{Parsed, Reader};
use crate::tokens::Tok;

/// The arguments of a call, split as `ExprCall` holds them.
#[derive(Clone, Default)]
pub(crate) struct CallArgs {
    pub args: Vec<Expr>,
    pub keywords: Vec<Keyword>,
    /// Set when the only argument is a generator expression without its
    /// own parentheses (its span becomes the call's parentheses): the span
    /// of its first `for` (or `async`), where a class's bases, which may
    /// not be one, are invalid syntax.
    pub lone_generator: Option<Span>,
}

/// `'(' [arguments] ')'` after a primary.
pub(crate) fn call_arguments(r: &mut Reader<'_, '_>) -> Parsed<CallArgs> {
    let start = r.pos;
    r.expect(Tok::Op(K::Lpar))?;
    let mut call = arguments(r)?;
    r.expect(Tok::Op(K::Rpar))?;
    if call.lone_generator.is_some() {
        // A lone generator argument's span is the call's parentheses.
        if let Some(Expr::GeneratorExp(g)) = call.args.last_mut() {
            g.span = r.span_from(start);
        }
    }
    Ok(call)
}

/// The arguments read so far, and what CPython checks of their order.
struct Arguments {
    call: CallArgs,
    count: usize,
    seen_keyword: bool,
    seen_double_star: bool,
    /// The first misplaced argument: its index and its error, raised at
    /// its own span or (`None`) at the `)`.
    misplaced: Option<(usize, ParseErrorKind, Option<Span>)>,
    /// The span of the token that begins the first argument's `for`
    /// clauses, when it is an unparenthesized generator expression.
    first_for: Option<Span>,
}

/// `argument (',' argument)* [',']`, or nothing, before a `)`.
pub(crate) fn arguments(r: &mut Reader<'_, '_>) -> Parsed<CallArgs> {
    let mut list = Arguments {
        call: CallArgs::default(),
        count: 0,
        seen_keyword: false,
        seen_double_star: false,
        misplaced: None,
        first_for: None,
    };
    let Ok(args) = r.gathering::<Expr, Infallible>(|r| {
        while optional(r, |r| argument(r, &mut list)).is_some() {
            list.count += 1;
            if !r.at(Tok::Op(K::Comma)) {
                break;
            }
            r.bump();
        }
        Ok(())
    });
    list.call.args = args;
    r.fetch();
    if !r.at(Tok::Op(K::Rpar)) {
        return Err(NoMatch::default());
    }
    let mut call = list.call;
    match list.misplaced {
        Some((0, ParseErrorKind::UnparenthesizedGenerator, _)) if list.count == 1 => {
            call.lone_generator = list.first_for;
        }
        // CPython raises these while building the call; the first one
        // found is reported.
        Some((_, kind, at)) => {
            let at = at.unwrap_or_else(|| r.next_token_span());
            let _: Parsed<()> = r.fail(kind, at);
            r.invalidate();
        }
        None => {}
    }
    Ok(call)
}

/// An argument, chosen by its first tokens: `*`, `**`, `name =`, or an
/// expression; added to `list` once read (a positional one gathered).
fn argument(r: &mut Reader<'_, '_>, list: &mut Arguments) -> Parsed<()> {
    let start = r.pos;
    let index = list.count;
    match r.peek() {
        Tok::Op(K::Star) => {
            r.expect(Tok::Op(K::Star))?;
            let value = expression(r)?;
            let value = starred(value, r.span_from(start), ExprContext::Load);
            if list.seen_double_star {
                let kind = ParseErrorKind::IterableUnpackingAfterKeywordUnpacking;
                list.misplaced
                    .get_or_insert((index, kind, Some(value.span())));
            }
            r.gather(value);
        }
        Tok::Op(K::DoubleStar) => {
            r.expect(Tok::Op(K::DoubleStar))?;
            let value = expression(r)?;
            list.seen_double_star = true;
            list.call.keywords.push(Keyword {
                span: r.span_from(start),
                arg: None,
                value,
            });
        }
        Tok::Name | Tok::Soft(_) if r.peek_second() == Tok::Op(K::Equal) => {
            let arg = name(r)?;
            r.expect(Tok::Op(K::Equal))?;
            let value = expression(r)?;
            list.seen_keyword = true;
            list.call.keywords.push(Keyword {
                span: r.span_from(start),
                arg: Some(arg),
                value,
            });
        }
        _ => {
            let elt = named_expression(r)?;
            let for_at = r.next_token_full_span();
            let value = match optional_comprehensions(r) {
                Some(generators) => {
                    if index == 0 {
                        list.first_for = Some(for_at);
                    }
                    let genexp = generator(elt, generators, r.span_from(start));
                    let kind = ParseErrorKind::UnparenthesizedGenerator;
                    list.misplaced
                        .get_or_insert((index, kind, Some(genexp.span())));
                    genexp
                }
                None => {
                    // `*x` in parentheses is starred too.
                    let is_starred = matches!(elt, Expr::Starred(_));
                    let misplaced = if list.seen_double_star && is_starred {
                        let kind = ParseErrorKind::IterableUnpackingAfterKeywordUnpacking;
                        Some((kind, Some(elt.span())))
                    } else if list.seen_double_star {
                        Some((ParseErrorKind::PositionalAfterKeywordUnpacking, None))
                    } else if list.seen_keyword && !is_starred {
                        Some((ParseErrorKind::PositionalAfterKeyword, None))
                    } else {
                        None
                    };
                    if let Some((kind, at)) = misplaced {
                        list.misplaced.get_or_insert((index, kind, at));
                    }
                    elt
                }
            };
            r.gather(value);
        }
    }
    Ok(())
}

fn generator(elt: Expr, generators: Vec<Comprehension>, span: Span) -> Expr {
    ExprGeneratorExp {
        span,
        elt: Box::new(elt),
        generators,
    }
    .into()
}
