//! The arguments of a call (also a class's bases): positional, starred,
//! keyword and `**` arguments, and the generator-expression form
//! `f(x for x in y)`, with CPython's errors for misplaced ones.

use pyvm_ast::{Comprehension, Expr, ExprContext, ExprGeneratorExp, Keyword};
use pyvm_lexer::TokenKind as K;
use pyvm_source::Span;

use crate::context::NoMatch;
use crate::displays::comprehensions;
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
    /// own parentheses: its span becomes the call's parentheses.
    pub lone_generator: bool,
}

enum Argument {
    Positional(Expr),
    /// `x for x in y` without its own parentheses: only valid alone.
    Generator(Expr),
    Starred(Expr),
    Keyword(Keyword),
    DoubleStarred(Keyword),
}

/// `'(' [arguments] ')'` after a primary.
pub(crate) fn call_arguments(r: &mut Reader<'_, '_>) -> Parsed<CallArgs> {
    let start = r.pos;
    r.expect(Tok::Op(K::Lpar))?;
    let mut call = arguments(r)?;
    r.expect(Tok::Op(K::Rpar))?;
    if call.lone_generator {
        // A lone generator argument's span is the call's parentheses.
        if let Some(Expr::GeneratorExp(g)) = call.args.last_mut() {
            g.span = r.span_from(start);
        }
    }
    Ok(call)
}

/// `argument (',' argument)* [',']`, or nothing, before a `)`.
pub(crate) fn arguments(r: &mut Reader<'_, '_>) -> Parsed<CallArgs> {
    let mut list = Vec::new();
    loop {
        match optional(r, argument) {
            Some(a) => list.push(a),
            None => break,
        }
        if !r.at(Tok::Op(K::Comma)) {
            break;
        }
        r.bump();
    }
    r.fetch();
    if !r.at(Tok::Op(K::Rpar)) {
        return Err(NoMatch::default());
    }
    let mut call = CallArgs::default();
    if let [Argument::Generator(_)] = list.as_slice() {
        let Some(Argument::Generator(genexp)) = list.pop() else {
            unreachable!("matched one generator argument")
        };
        call.args.push(genexp);
        call.lone_generator = true;
        return Ok(call);
    }
    // CPython raises these while building the call, at the `)` (the last
    // token it fetched); the first one found is reported.
    let after = r.next_token_span();
    let mut seen_keyword = false;
    let mut seen_double_star = false;
    for argument in list {
        match argument {
            Argument::Positional(value) | Argument::Starred(value) => {
                let is_starred = matches!(value, Expr::Starred(_));
                if seen_double_star && is_starred {
                    let at = value.span();
                    record(
                        r,
                        ParseErrorKind::IterableUnpackingAfterKeywordUnpacking,
                        at,
                    );
                } else if seen_double_star && !is_starred {
                    record(r, ParseErrorKind::PositionalAfterKeywordUnpacking, after);
                } else if seen_keyword && !is_starred {
                    record(r, ParseErrorKind::PositionalAfterKeyword, after);
                }
                call.args.push(value);
            }
            Argument::Generator(genexp) => {
                let at = genexp.span();
                record(r, ParseErrorKind::UnparenthesizedGenerator, at);
                call.args.push(genexp);
            }
            Argument::Keyword(keyword) => {
                seen_keyword = true;
                call.keywords.push(keyword);
            }
            Argument::DoubleStarred(keyword) => {
                seen_double_star = true;
                call.keywords.push(keyword);
            }
        }
    }
    Ok(call)
}

/// Records an error that ends the parse, leaving the arguments matched.
fn record(r: &mut Reader<'_, '_>, kind: ParseErrorKind, at: Span) {
    let _: Parsed<()> = r.fail(kind, at);
    r.invalidate();
}

/// An argument, chosen by its first tokens: `*`, `**`, `name =`, or an
/// expression.
fn argument(r: &mut Reader<'_, '_>) -> Parsed<Argument> {
    let start = r.pos;
    match r.peek() {
        Tok::Op(K::Star) => {
            r.expect(Tok::Op(K::Star))?;
            let value = expression(r)?;
            let span = r.span_from(start);
            Ok(Argument::Starred(starred(value, span, ExprContext::Load)))
        }
        Tok::Op(K::DoubleStar) => {
            r.expect(Tok::Op(K::DoubleStar))?;
            let value = expression(r)?;
            Ok(Argument::DoubleStarred(Keyword {
                span: r.span_from(start),
                arg: None,
                value,
            }))
        }
        Tok::Name | Tok::Soft(_) if r.peek_second() == Tok::Op(K::Equal) => {
            let arg = name(r)?;
            r.expect(Tok::Op(K::Equal))?;
            let value = expression(r)?;
            Ok(Argument::Keyword(Keyword {
                span: r.span_from(start),
                arg: Some(arg),
                value,
            }))
        }
        _ => {
            let elt = named_expression(r)?;
            Ok(match optional(r, comprehensions) {
                Some(generators) => {
                    Argument::Generator(generator(elt, generators, r.span_from(start)))
                }
                None => Argument::Positional(elt),
            })
        }
    }
}

fn generator(elt: Expr, generators: Vec<Comprehension>, span: Span) -> Expr {
    ExprGeneratorExp {
        span,
        elt: Box::new(elt),
        generators,
    }
    .into()
}
