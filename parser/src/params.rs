//! Parameter lists of `def` and `lambda`.
//!
//! Parsed as a flat comma-separated list of items, then checked for
//! CPython's ordering rules and split into `arguments`' fields.

use chumsky::prelude::*;

use crate::context::NoMatch;
use pyvm_ast::{Arg, Arguments, Expr, ExprContext, Identifier};
use pyvm_lexer::TokenKind as K;
use pyvm_source::Span;

use crate::context::{span, Extra, In, Rule};
use crate::error::{ParseError, ParseErrorKind};
use crate::expr::{op, starred};

/// One item of a parameter list.
#[derive(Clone)]
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

fn arg_rule<'t>(
    name: Rule<'t, Identifier>,
    annotation: Option<Rule<'t, Expr>>,
) -> impl Parser<'t, In<'t>, Arg, Extra<'t>> + Clone {
    let annotation = match annotation {
        Some(rule) => op(K::Colon).ignore_then(rule).or_not().boxed(),
        None => empty().to(None).boxed(),
    };
    name.then(annotation).map_with(|(arg, annotation), e| Arg {
        span: span(e),
        arg,
        annotation: annotation.map(Box::new),
        type_comment: None,
    })
}

fn params_rule<'t>(
    name: Rule<'t, Identifier>,
    expression: Rule<'t, Expr>,
    annotated: bool,
) -> Rule<'t, Params> {
    let annotation = annotated.then(|| expression.clone());
    let arg = arg_rule(name.clone(), annotation);
    // `*args: *Ts` (PEP 646): the annotation of `*args` may be starred.
    let star_annotation = annotated.then(|| {
        op(K::Star)
            .ignore_then(expression.clone())
            .map_with(|value, e| starred(value, span(e), ExprContext::Load))
            .or(expression.clone())
            .boxed()
    });
    let var_arg = arg_rule(name, star_annotation);
    let item = choice((
        op(K::Slash).map_with(|_, e| Item::Slash(span(e))),
        op(K::DoubleStar).ignore_then(arg.clone()).map(Item::KwArgs),
        op(K::Star).ignore_then(var_arg).map(Item::VarArgs),
        op(K::Star).map_with(|_, e| Item::BareStar(span(e))),
        arg.then(op(K::Equal).ignore_then(expression).or_not())
            .map(|(arg, default)| Item::Param(arg, default)),
    ));
    item.separated_by(op(K::Comma))
        .at_least(1)
        .allow_trailing()
        .collect::<Vec<_>>()
        .try_map_with(|items, e| {
            build(items).map_err(|error| {
                e.state().record(error);
                NoMatch::default()
            })
        })
        .boxed()
}

/// Splits the items into `arguments`, with CPython's ordering errors.
fn build(items: Vec<Item>) -> Result<Params, ParseError> {
    let mut arguments = empty_arguments();
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
pub(crate) fn parameters<'t>(
    name: Rule<'t, Identifier>,
    expression: Rule<'t, Expr>,
) -> Rule<'t, Params> {
    params_rule(name, expression, true)
        .or_not()
        .map(Option::unwrap_or_default)
        .boxed()
}

/// The parameters of a `lambda`, up to its `:` (may be empty).
pub(crate) fn lambda_parameters<'t>(
    name: Rule<'t, Identifier>,
    expression: Rule<'t, Expr>,
) -> Rule<'t, Params> {
    params_rule(name, expression, false)
        .or_not()
        .map(Option::unwrap_or_default)
        .boxed()
}
