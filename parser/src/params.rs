//! Parameter lists of `def` and `lambda`.
//!
//! Parsed as a flat comma-separated list of items, then checked for
//! CPython's ordering rules and split into `arguments`' fields.

use pyvm_ast::{Arg, Arguments, Expr, ExprContext};
use pyvm_lexer::TokenKind as K;
use pyvm_source::Span;

use crate::error::{ParseError, ParseErrorKind};
use crate::expr::{expression, name, starred};
use crate::primary::optional;
use crate::reader::{Parsed, Reader};
use crate::tokens::Tok;

/// One item of a parameter list.
enum Item {
    /// `/`
    Slash(Span),
    /// `*` alone
    BareStar(Span),
    /// `*args`
    VarArgs(Arg),
    /// `**kwargs`
    KwArgs(Arg),
    /// `name` or `name=default`
    Param(Arg, Option<Expr>),
}

/// A parameter list, ready to become `arguments`.
#[derive(Clone)]
pub(crate) struct Params(Arguments);

impl Default for Params {
    fn default() -> Params {
        Params(empty_arguments())
    }
}

impl Params {
    pub fn into_arguments(self) -> Arguments {
        self.0
    }
}

fn empty_arguments() -> Arguments {
    Arguments {
        posonlyargs: Vec::new(),
        args: Vec::new(),
        vararg: None,
        kwonlyargs: Vec::new(),
        kw_defaults: Vec::new(),
        kwarg: None,
        defaults: Vec::new(),
    }
}

/// What may follow a parameter's name.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Annotation {
    /// Nothing (`lambda` parameters).
    None,
    /// `: expression`
    Plain,
    /// `: expression` or `: *expression` (`*args: *Ts`, PEP 646).
    MaybeStarred,
}

/// `name [':' annotation]`
fn arg(r: &mut Reader<'_, '_>, annotation: Annotation) -> Parsed<Arg> {
    let start = r.pos;
    let arg = name(r)?;
    let annotation = match annotation {
        Annotation::None => None,
        Annotation::Plain => optional(r, |r| {
            r.expect(Tok::Op(K::Colon))?;
            expression(r)
        }),
        Annotation::MaybeStarred => optional(r, |r| {
            r.expect(Tok::Op(K::Colon))?;
            star_annotation(r)
        }),
    };
    Ok(Arg {
        span: r.span_from(start),
        arg,
        annotation: annotation.map(Box::new),
        type_comment: None,
    })
}

/// `'*' expression | expression`
fn star_annotation(r: &mut Reader<'_, '_>) -> Parsed<Expr> {
    let before = r.mark();
    if r.eat(Tok::Op(K::Star)) {
        if let Ok(value) = expression(r) {
            return Ok(starred(value, r.span_from(before.pos()), ExprContext::Load));
        }
        r.reset(before);
    }
    expression(r)
}

/// One item, as the first of these that matches: `/`, `**arg`, `*arg`,
/// `*`, `arg [= default]`.
fn item(r: &mut Reader<'_, '_>, annotated: bool) -> Parsed<Item> {
    let (plain, star) = if annotated {
        (Annotation::Plain, Annotation::MaybeStarred)
    } else {
        (Annotation::None, Annotation::None)
    };
    let before = r.mark();
    if r.eat(Tok::Op(K::Slash)) {
        return Ok(Item::Slash(r.span_from(before.pos())));
    }
    if r.eat(Tok::Op(K::DoubleStar)) {
        if let Ok(arg) = arg(r, plain) {
            return Ok(Item::KwArgs(arg));
        }
        r.reset(before);
    }
    if r.eat(Tok::Op(K::Star)) {
        if let Ok(arg) = arg(r, star) {
            return Ok(Item::VarArgs(arg));
        }
        r.reset(before);
        r.bump();
        return Ok(Item::BareStar(r.span_from(before.pos())));
    }
    let arg = arg(r, plain)?;
    let default = optional(r, |r| {
        r.expect(Tok::Op(K::Equal))?;
        expression(r)
    });
    Ok(Item::Param(arg, default))
}

/// `item (',' item)* [',']`, checked and split into `arguments`.
fn params(r: &mut Reader<'_, '_>, annotated: bool) -> Parsed<Params> {
    let first = item(r, annotated)?;
    // Room for most lists at once, not grown from one item.
    let mut items = Vec::with_capacity(8);
    items.push(first);
    while r.eat(Tok::Op(K::Comma)) {
        match optional(r, |r| item(r, annotated)) {
            Some(item) => items.push(item),
            // A trailing comma.
            None => break,
        }
    }
    build(items).or_else(|error| r.fail(error.kind, error.span))
}

/// Splits the items into `arguments`, with CPython's ordering errors.
fn build(items: Vec<Item>) -> Result<Params, ParseError> {
    let mut arguments = empty_arguments();
    // The positional parameters, most often all of them, go in at once.
    let positional = items
        .iter()
        .take_while(|item| !matches!(item, Item::VarArgs(_) | Item::BareStar(_)))
        .filter(|item| matches!(item, Item::Param(..)))
        .count();
    arguments.args.reserve_exact(positional);
    let mut seen_star = false;
    let mut seen_default = false;
    let mut bare_star: Option<Span> = None;
    let err = |kind, span| Err(ParseError { kind, span });
    for item in items {
        if arguments.kwarg.is_some() {
            return err(ParseErrorKind::InvalidSyntax, item_span(&item));
        }
        match item {
            Item::Slash(at) => {
                if seen_star || arguments.args.is_empty() {
                    return err(ParseErrorKind::InvalidSyntax, at);
                }
                arguments.posonlyargs = std::mem::take(&mut arguments.args);
            }
            Item::BareStar(at) => {
                if seen_star {
                    return err(ParseErrorKind::InvalidSyntax, at);
                }
                seen_star = true;
                bare_star = Some(at);
            }
            Item::VarArgs(arg) => {
                if seen_star {
                    return err(ParseErrorKind::InvalidSyntax, arg.span);
                }
                seen_star = true;
                arguments.vararg = Some(Box::new(arg));
            }
            Item::KwArgs(arg) => {
                arguments.kwarg = Some(Box::new(arg));
            }
            Item::Param(arg, default) => {
                if seen_star {
                    bare_star = None;
                    arguments.kwonlyargs.push(arg);
                    arguments.kw_defaults.push(default);
                } else {
                    match default {
                        Some(value) => {
                            seen_default = true;
                            arguments.defaults.push(value);
                        }
                        None if seen_default => {
                            return err(ParseErrorKind::NonDefaultAfterDefault, arg.span);
                        }
                        None => {}
                    }
                    arguments.args.push(arg);
                }
            }
        }
    }
    if let Some(at) = bare_star {
        return err(ParseErrorKind::BareStar, at);
    }
    Ok(Params(arguments))
}

fn item_span(item: &Item) -> Span {
    match item {
        Item::Slash(at) | Item::BareStar(at) => *at,
        Item::VarArgs(arg) | Item::KwArgs(arg) | Item::Param(arg, _) => arg.span,
    }
}

/// The parameters of a `def`, without the parentheses (may be empty).
pub(crate) fn parameters(r: &mut Reader<'_, '_>) -> Parsed<Params> {
    Ok(optional(r, |r| params(r, true)).unwrap_or_default())
}

/// The parameters of a `lambda`, up to its `:` (may be empty).
pub(crate) fn lambda_parameters(r: &mut Reader<'_, '_>) -> Params {
    optional(r, |r| params(r, false)).unwrap_or_default()
}
