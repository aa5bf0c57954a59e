//! Expressions, as CPython 3.11's grammar (`Grammar/python.gram`) defines
//! them, from `star_expressions` down to atoms.

use chumsky::input::InputRef;
use chumsky::prelude::*;

use crate::context::NoMatch;
use pyvm_ast::{
    Comprehension, Constant, Expr, ExprConstant, ExprContext, ExprDict, ExprDictComp,
    ExprGeneratorExp, ExprIfExp, ExprLambda, ExprList, ExprListComp, ExprName, ExprNamedExpr,
    ExprSet, ExprSetComp, ExprSlice, ExprStarred, ExprTuple, ExprYield, ExprYieldFrom, Identifier,
    Keyword,
};
use pyvm_lexer::TokenKind as K;
use pyvm_source::Span;

use std::rc::Rc;

use crate::context::{first_text, span, Extra, In, Rule};
use crate::error::ParseErrorKind;
use crate::params::{lambda_parameters, Params};
use crate::primary::Primary;
use crate::slot::Slot;
use crate::strings::string_atom;
use crate::target::to_target;
use crate::tokens::{Kw, Tok};
use crate::{fail, number};

/// The expression rules other parts of the grammar use.
#[derive(Clone)]
pub(crate) struct ExprRules<'t> {
    /// `expression`: a conditional expression, lambda, or anything tighter.
    pub expression: Rule<'t, Expr>,
    /// `named_expression`: `NAME := expression` or an expression.
    pub named_expression: Rule<'t, Expr>,
    /// `star_expressions`: a tuple without brackets, or one expression.
    pub star_expressions: Rule<'t, Expr>,
    /// `star_named_expressions`-style list for displays and `return`.
    pub star_named_expression: Rule<'t, Expr>,
    /// `yield_expr`.
    pub yield_expr: Rule<'t, Expr>,
    /// `star_targets`, already in `Store` context.
    pub star_targets: Rule<'t, Expr>,
    /// One `star_target` (no tuple without brackets).
    pub star_target: Rule<'t, Expr>,
    /// `del_targets` element list, in `Del` context.
    pub del_targets: Rule<'t, Vec<Expr>>,
    /// Function parameters (with annotations and defaults).
    pub params: Rule<'t, Params>,
    /// A name (identifier or soft keyword), NFKC-normalised.
    pub name: Rule<'t, Identifier>,
    /// A dotted name `a.b.c`, as text.
    pub dotted_name: Rule<'t, Identifier>,
    /// `strings`: one or more adjacent string tokens.
    pub strings: Rule<'t, Expr>,
    /// The arguments inside a call's parentheses (also a class's bases).
    pub call_arguments: Rule<'t, CallArgs>,
    /// The rules the ones above refer to, owned here so that they live
    /// exactly as long as the grammar.
    pub _slots: Rc<ExprSlots<'t>>,
}

/// The mutually recursive expression rules.
pub(crate) struct ExprSlots<'t> {
    _expression: Slot<'t, Expr>,
    _named_expression: Slot<'t, Expr>,
    _star_named_expression: Slot<'t, Expr>,
    _yield_expr: Slot<'t, Expr>,
    _disjunction: Slot<'t, Expr>,
    _bitwise_or: Slot<'t, Expr>,
    _primary: Slot<'t, Expr>,
    _star_target: Slot<'t, Expr>,
    _comprehensions: Slot<'t, Vec<Comprehension>>,
}

/// The token `expected`. Also notes how far the parser has looked: CPython
/// reports "invalid syntax" at the last token it fetched.
pub(crate) fn tok<'t>(expected: Tok) -> impl Parser<'t, In<'t>, Tok, Extra<'t>> + Clone {
    custom(move |inp: &mut InputRef<'t, '_, In<'t>, Extra<'t>>| {
        let at = inp.cursor();
        let here = inp.span_since(&at);
        let ctx = inp.state();
        ctx.furthest = ctx.furthest.max(here.start);
        if inp.peek() == Some(expected) {
            inp.skip();
            Ok(expected)
        } else {
            Err(NoMatch::default())
        }
    })
}

pub(crate) fn op<'t>(kind: K) -> impl Parser<'t, In<'t>, Tok, Extra<'t>> + Clone {
    tok(Tok::Op(kind))
}

pub(crate) fn kw<'t>(k: Kw) -> impl Parser<'t, In<'t>, Tok, Extra<'t>> + Clone {
    tok(Tok::Kw(k))
}

/// A name: an identifier or a soft keyword.
pub(crate) fn name<'t>() -> impl Parser<'t, In<'t>, Identifier, Extra<'t>> + Clone {
    custom(move |inp: &mut InputRef<'t, '_, In<'t>, Extra<'t>>| {
        let at = inp.cursor();
        let index = inp.span_since(&at).start;
        let ctx = inp.state();
        ctx.furthest = ctx.furthest.max(index);
        if matches!(inp.peek(), Some(Tok::Name | Tok::Soft(_))) {
            inp.skip();
            Ok(identifier(inp.state().text(index)))
        } else {
            Err(NoMatch::default())
        }
    })
}

/// An identifier as the AST holds it: NFKC-normalised.
pub(crate) fn identifier(text: &str) -> Identifier {
    pyvm_lexer::normalize_identifier(text).into()
}

fn constant(value: Constant, span: Span) -> Expr {
    ExprConstant {
        span,
        value,
        kind: None,
    }
    .into()
}

fn tuple(elts: Vec<Expr>, span: Span) -> Expr {
    ExprTuple {
        span,
        elts,
        ctx: ExprContext::Load,
    }
    .into()
}

/// A `for`/`if` clause list: `comprehension` nodes.
fn comprehension_rule<'t>(
    star_targets: Rule<'t, Expr>,
    disjunction: Rule<'t, Expr>,
) -> Rule<'t, Vec<Comprehension>> {
    kw(Kw::Async)
        .or_not()
        .then_ignore(kw(Kw::For))
        .then(star_targets)
        .then_ignore(kw(Kw::In))
        .then(disjunction.clone())
        .then(
            kw(Kw::If)
                .ignore_then(disjunction)
                .repeated()
                .collect::<Vec<_>>(),
        )
        .map(|(((is_async, target), iter), ifs)| Comprehension {
            target,
            iter,
            ifs,
            is_async: is_async.is_some(),
        })
        .repeated()
        .at_least(1)
        .collect()
        .boxed()
}

/// What follows the first element inside brackets: a comprehension, more
/// elements, or nothing.
#[derive(Clone)]
enum DisplayTail {
    Comprehension(Vec<Comprehension>),
    Elements(Vec<Expr>, bool),
}

/// One `**mapping` or `key: value` item of a dict display.
#[derive(Clone)]
enum DictItem {
    Pair(Expr, Expr),
    Unpack(Expr),
}

pub(crate) fn expr_rules<'t>() -> ExprRules<'t> {
    let expression = Slot::new();
    let named_expression = Slot::new();
    let star_named_expression = Slot::new();
    let yield_expr = Slot::new();
    let disjunction = Slot::new();
    let bitwise_or = Slot::new();
    let primary = Slot::new();
    let star_target = Slot::new();
    let comprehensions = Slot::new();

    let expression_r: Rule<'t, Expr> = expression.handle();
    let named_r: Rule<'t, Expr> = named_expression.handle();
    let star_named_r: Rule<'t, Expr> = star_named_expression.handle();
    let yield_r: Rule<'t, Expr> = yield_expr.handle();
    let disjunction_r: Rule<'t, Expr> = disjunction.handle();
    let bitwise_or_r: Rule<'t, Expr> = bitwise_or.handle();
    let comprehensions_r: Rule<'t, Vec<Comprehension>> = comprehensions.handle();
    let star_target_r: Rule<'t, Expr> = star_target.handle();

    let name_rule: Rule<'t, Identifier> = name().boxed();

    // star_targets: star_target (',' star_target)* [','], a tuple when there is a comma.
    let star_targets = comma_tuple(star_target_r.clone(), ExprContext::Store);

    comprehensions.define(comprehension_rule(
        star_targets.clone(),
        disjunction_r.clone(),
    ));

    // --- atoms ---------------------------------------------------------------
    let strings = string_atom().boxed();

    let number = crate::expr::tok(Tok::Number).try_map_with(|_, e| {
        let text = first_text(e);
        let at = span(e);
        if let Some(digits) = number::too_many_digits(text) {
            // CPython 3.11 refuses to convert such a literal, with no position.
            e.state().record(crate::ParseError {
                kind: ParseErrorKind::IntTooLong { digits },
                span: at,
            });
            return Err(NoMatch::default());
        }
        Ok(constant(number::parse_number(text), at))
    });

    let keyword_constant = select! {
        Tok::Kw(Kw::True) => Constant::Bool(true),
        Tok::Kw(Kw::False) => Constant::Bool(false),
        Tok::Kw(Kw::None) => Constant::None,
    }
    .map_with(|value, e| constant(value, span(e)));

    let ellipsis = op(K::Ellipsis).map_with(|_, e| constant(Constant::Ellipsis, span(e)));

    // '(' … ')': tuple, group or generator expression.
    let paren_tail = display_tail(comprehensions_r.clone(), star_named_r.clone());
    let parenthesized = op(K::Lpar)
        .ignore_then(choice((
            yield_r.clone().map(|y| (y, None)),
            star_named_r
                .clone()
                .then(paren_tail)
                .map(|(first, tail)| (first, Some(tail))),
        )))
        .then_ignore(op(K::Rpar))
        .validate(|(first, tail), e, emitter| {
            let at = span(e);
            match tail {
                None => first,
                Some(DisplayTail::Comprehension(generators)) => ExprGeneratorExp {
                    span: at,
                    elt: Box::new(first),
                    generators,
                }
                .into(),
                Some(DisplayTail::Elements(rest, true)) => {
                    let mut elts = vec![first];
                    elts.extend(rest);
                    tuple(elts, at)
                }
                Some(DisplayTail::Elements(_, false)) => {
                    if matches!(first, Expr::Starred(_)) {
                        emitter.emit(NoMatch::default());
                    }
                    first
                }
            }
        });
    let empty_tuple = op(K::Lpar)
        .then(op(K::Rpar))
        .map_with(|_, e| tuple(Vec::new(), span(e)));

    // '[' … ']': list or list comprehension.
    let list_tail = display_tail(comprehensions_r.clone(), star_named_r.clone());
    let list = op(K::Lsqb)
        .ignore_then(star_named_r.clone().then(list_tail).or_not())
        .then_ignore(op(K::Rsqb))
        .map_with(|inner, e| {
            let at = span(e);
            match inner {
                None => ExprList {
                    span: at,
                    elts: Vec::new(),
                    ctx: ExprContext::Load,
                }
                .into(),
                Some((first, DisplayTail::Comprehension(generators))) => ExprListComp {
                    span: at,
                    elt: Box::new(first),
                    generators,
                }
                .into(),
                Some((first, DisplayTail::Elements(rest, _))) => {
                    let mut elts = vec![first];
                    elts.extend(rest);
                    ExprList {
                        span: at,
                        elts,
                        ctx: ExprContext::Load,
                    }
                    .into()
                }
            }
        });

    // '{' … '}': dict, set, and their comprehensions. The first element is
    // parsed once, and what follows it (`:`, `for`, `,`) decides the form.
    let dict_item = choice((
        op(K::DoubleStar)
            .ignore_then(bitwise_or_r.clone())
            .map(DictItem::Unpack),
        expression_r
            .clone()
            .then_ignore(op(K::Colon))
            .then(expression_r.clone())
            .map(|(k, v)| DictItem::Pair(k, v)),
    ));
    let dict_rest = op(K::Comma)
        .ignore_then(
            dict_item
                .separated_by(op(K::Comma))
                .allow_trailing()
                .collect::<Vec<_>>(),
        )
        .or_not()
        .map(Option::unwrap_or_default);
    #[derive(Clone)]
    enum BraceTail {
        Pair(Expr, Result<Vec<Comprehension>, Vec<DictItem>>),
        Set(DisplayTail),
    }
    let first_unpack = op(K::DoubleStar)
        .ignore_then(bitwise_or_r.clone())
        .then(dict_rest.clone())
        .map(|(first, rest)| dict_display(DictItem::Unpack(first), rest));
    let first_element = star_named_r
        .clone()
        .then(choice((
            op(K::Colon)
                .ignore_then(expression_r.clone())
                .then(choice((
                    comprehensions_r.clone().map(Ok),
                    dict_rest.map(Err),
                )))
                .map(|(value, tail)| BraceTail::Pair(value, tail)),
            display_tail(comprehensions_r.clone(), star_named_r.clone()).map(BraceTail::Set),
        )))
        .try_map_with(|(first, tail), e| match tail {
            BraceTail::Pair(_, _) if matches!(first, Expr::Starred(_)) => Err(NoMatch::default()),
            BraceTail::Pair(value, Ok(generators)) => Ok(Expr::from(ExprDictComp {
                span: span(e),
                key: Box::new(first),
                value: Box::new(value),
                generators,
            })),
            BraceTail::Pair(value, Err(rest)) => {
                Ok(dict_display(DictItem::Pair(first, value), rest))
            }
            BraceTail::Set(DisplayTail::Comprehension(generators)) => Ok(ExprSetComp {
                span: span(e),
                elt: Box::new(first),
                generators,
            }
            .into()),
            BraceTail::Set(DisplayTail::Elements(rest, _)) => {
                let mut elts = vec![first];
                elts.extend(rest);
                Ok(ExprSet {
                    span: span(e),
                    elts,
                }
                .into())
            }
        });
    let braces = op(K::Lbrace)
        .ignore_then(choice((first_unpack, first_element)).or_not())
        .then_ignore(op(K::Rbrace))
        .map_with(|inner: Option<Expr>, e| match inner {
            Some(mut expr) => {
                set_span(&mut expr, span(e));
                expr
            }
            None => ExprDict {
                span: span(e),
                keys: Vec::new(),
                values: Vec::new(),
            }
            .into(),
        });

    // The atom is chosen by its first token, without trying each form.
    let paren_atom = choice((empty_tuple, parenthesized)).boxed();

    // --- primary: atom with trailers --------------------------------------
    // slice: [expression] ':' [expression] [':' [expression]] | named_expression,
    // parsed without reading the first expression twice.
    let slice_tail = op(K::Colon)
        .ignore_then(expression_r.clone().or_not())
        .then(
            op(K::Colon)
                .ignore_then(expression_r.clone().or_not())
                .or_not(),
        );
    let slice = named_r
        .clone()
        .or_not()
        .then(slice_tail.or_not())
        .try_map_with(|(lower, tail), e| match (lower, tail) {
            (Some(value), None) => Ok(value),
            (None, None) => Err(NoMatch::default()),
            (lower, Some((upper, step))) => Ok(ExprSlice {
                span: span(e),
                lower: lower.map(Box::new),
                upper: upper.map(Box::new),
                step: step.flatten().map(Box::new),
            }
            .into()),
        });
    let slice_or_starred = choice((
        op(K::Star)
            .ignore_then(bitwise_or_r.clone())
            .map_with(|value, e| starred(value, span(e), ExprContext::Load)),
        slice.clone(),
    ));
    let slices = slice_or_starred
        .clone()
        .then(
            op(K::Comma)
                .ignore_then(slice_or_starred.clone())
                .repeated()
                .collect::<Vec<_>>(),
        )
        .then(op(K::Comma).or_not())
        .map_with(|((first, rest), comma), e| {
            // A lone `*x` is still a tuple: `tuple[*Ts]` (PEP 646).
            if rest.is_empty() && comma.is_none() && !matches!(first, Expr::Starred(_)) {
                first
            } else {
                let mut elts = vec![first];
                elts.extend(rest);
                tuple(elts, span(e))
            }
        })
        .boxed();

    let arguments = call_arguments(
        expression_r.clone(),
        named_r.clone(),
        name_rule.clone(),
        comprehensions_r.clone(),
    );

    let call_trailer = op(K::Lpar)
        .ignore_then(arguments.clone())
        .then_ignore(op(K::Rpar))
        .map_with(|mut args: CallArgs, e| {
            // A lone generator argument's span is the call's parentheses.
            if let Some(genexp_span) = args.genexp.as_mut() {
                *genexp_span = span(e);
            }
            args
        })
        .boxed();
    let subscript_trailer = op(K::Lsqb)
        .ignore_then(slices)
        .then_ignore(op(K::Rsqb))
        .boxed();
    // primary: an atom, then `.name`, `(arguments)` and `[slices]` trailers,
    // called directly by the operator loop.
    let primary_parts = Rc::new(Primary {
        number: number.boxed(),
        strings: strings.clone(),
        keyword_constant: keyword_constant.boxed(),
        parenthesized: paren_atom,
        list: list.boxed(),
        braces: braces.boxed(),
        ellipsis: ellipsis.boxed(),
        call: call_trailer,
        subscript: subscript_trailer,
    });
    let parts = primary_parts.clone();
    let primary_r: Rule<'t, Expr> = primary.define(custom(
        move |inp: &mut InputRef<'t, '_, In<'t>, Extra<'t>>| parts.parse(inp),
    ));

    // --- operators: one precedence-climbing loop from `or` to `**` ---------------
    disjunction.define(crate::operators::disjunction(primary_parts.clone()));
    let bitwise_or_r = bitwise_or.define(crate::operators::bitwise_or(primary_parts.clone()));

    // --- expression, lambda, named, starred, yield -----------------------------
    let lambda = kw(Kw::Lambda)
        .ignore_then(lambda_parameters(name_rule.clone(), expression_r.clone()))
        .then_ignore(op(K::Colon))
        .then(expression_r.clone())
        .map_with(|(params, body), e| -> Expr {
            ExprLambda {
                span: span(e),
                args: Box::new(params.into_arguments()),
                body: Box::new(body),
            }
            .into()
        });
    // expression: lambda | disjunction ['if' disjunction 'else' expression],
    // chosen by the first token; every nested expression (lambda bodies,
    // conditional branches, …) counts towards the depth limit.
    let lambda = lambda.boxed();
    let (primary_e, expression_e) = (primary_parts.clone(), expression_r.clone());
    let expression_r = expression.define(custom(
        move |inp: &mut InputRef<'t, '_, In<'t>, Extra<'t>>| {
            crate::operators::nested(inp, 1, |inp| {
                if inp.peek() == Some(Tok::Kw(Kw::Lambda)) {
                    return inp.parse(&lambda);
                }
                let start = inp.cursor();
                let body = crate::operators::parse_disjunction(inp, &primary_e)?;
                if inp.peek() != Some(Tok::Kw(Kw::If)) {
                    return Ok(body);
                }
                let before = inp.save();
                inp.skip();
                let Ok(test) = crate::operators::parse_disjunction(inp, &primary_e) else {
                    inp.rewind(before);
                    return Ok(body);
                };
                if inp.peek() != Some(Tok::Kw(Kw::Else)) {
                    // `x if y` with no `else`: CPython points at the start.
                    let range = inp.span_since(&start);
                    let ctx = inp.state();
                    let at = Span::empty(ctx.byte_span(range).start);
                    ctx.record(crate::ParseError {
                        kind: ParseErrorKind::ExpectedElse,
                        span: at,
                    });
                    return Err(NoMatch::default());
                }
                inp.skip();
                let orelse = inp.parse(&expression_e)?;
                let range = inp.span_since(&start);
                let span = inp.state().byte_span(range);
                Ok(ExprIfExp {
                    span,
                    test: Box::new(test),
                    body: Box::new(body),
                    orelse: Box::new(orelse),
                }
                .into())
            })
        },
    ));

    // named_expression: `NAME := expression`, or an expression not followed
    // by `:=`, told apart by the first two tokens.
    let expression_n = expression_r.clone();
    let named_r = named_expression.define(custom(
        move |inp: &mut InputRef<'t, '_, In<'t>, Extra<'t>>| {
            if matches!(inp.peek(), Some(Tok::Name | Tok::Soft(_))) {
                let before = inp.save();
                let start = inp.cursor();
                inp.skip();
                if inp.peek() == Some(Tok::Op(K::ColonEqual)) {
                    let name_range = inp.span_since(&start);
                    inp.skip();
                    let value = inp.parse(&expression_n)?;
                    let range = inp.span_since(&start);
                    let ctx = inp.state();
                    let id = identifier(ctx.text(name_range.start));
                    let target = ExprName {
                        span: ctx.byte_span(name_range),
                        id,
                        ctx: ExprContext::Store,
                    };
                    let span = ctx.byte_span(range);
                    return Ok(ExprNamedExpr {
                        span,
                        target: Box::new(target.into()),
                        value: Box::new(value),
                    }
                    .into());
                }
                inp.rewind(before);
            }
            let value = inp.parse(&expression_n)?;
            if inp.peek() == Some(Tok::Op(K::ColonEqual)) {
                return Err(NoMatch::default());
            }
            Ok(value)
        },
    ));

    let starred_bitwise_or = op(K::Star)
        .ignore_then(bitwise_or_r.clone())
        .map_with(|value, e| starred(value, span(e), ExprContext::Load));
    let (starred_s, named_s) = (starred_bitwise_or.clone().boxed(), named_r.clone());
    let star_named_r = star_named_expression.define(custom(
        move |inp: &mut InputRef<'t, '_, In<'t>, Extra<'t>>| {
            if inp.peek() == Some(Tok::Op(K::Star)) {
                inp.parse(&starred_s)
            } else {
                inp.parse(&named_s)
            }
        },
    ));

    let (starred_x, expression_x) = (starred_bitwise_or.clone().boxed(), expression_r.clone());
    let star_expression = custom(move |inp: &mut InputRef<'t, '_, In<'t>, Extra<'t>>| {
        if inp.peek() == Some(Tok::Op(K::Star)) {
            inp.parse(&starred_x)
        } else {
            inp.parse(&expression_x)
        }
    });
    let star_expressions = comma_tuple(star_expression.boxed(), ExprContext::Load);

    yield_expr.define(
        kw(Kw::Yield)
            .ignore_then(choice((
                kw(Kw::From)
                    .ignore_then(expression_r.clone())
                    .map(|value| (true, Some(value))),
                star_expressions
                    .clone()
                    .or_not()
                    .map(|value| (false, value)),
            )))
            .map_with(|(from, value), e| -> Expr {
                let span = span(e);
                match (from, value) {
                    (true, Some(value)) => ExprYieldFrom {
                        span,
                        value: Box::new(value),
                    }
                    .into(),
                    (_, value) => ExprYield {
                        span,
                        value: value.map(Box::new),
                    }
                    .into(),
                }
            }),
    );

    // --- targets ---------------------------------------------------------------
    star_target.define(choice((
        op(K::Star)
            .ignore_then(star_target_r.clone())
            .try_map_with(|inner, e| {
                if matches!(inner, Expr::Starred(_)) {
                    return Err(NoMatch::default());
                }
                Ok(starred(inner, span(e), ExprContext::Store))
            }),
        primary_r.clone().try_map_with(|expr, _| {
            to_target(expr, ExprContext::Store).map_err(|_| NoMatch::default())
        }),
    )));

    let del_target = primary_r
        .clone()
        .try_map_with(|expr, _| to_target(expr, ExprContext::Del).map_err(|_| NoMatch::default()));
    let del_targets = del_target
        .separated_by(op(K::Comma))
        .at_least(1)
        .allow_trailing()
        .collect::<Vec<_>>()
        .boxed();

    let dotted_name = name_rule
        .clone()
        .separated_by(op(K::Dot))
        .at_least(1)
        .collect::<Vec<_>>()
        .map(|parts: Vec<Identifier>| -> Identifier { parts.join(".").into() })
        .boxed();

    let params = crate::params::parameters(name_rule.clone(), expression_r.clone());

    ExprRules {
        expression: expression_r,
        named_expression: named_r,
        star_expressions,
        star_named_expression: star_named_r,
        yield_expr: yield_r,
        star_targets,
        star_target: star_target_r,
        del_targets,
        params,
        name: name_rule,
        dotted_name,
        strings,
        call_arguments: arguments,
        _slots: Rc::new(ExprSlots {
            _expression: expression,
            _named_expression: named_expression,
            _star_named_expression: star_named_expression,
            _yield_expr: yield_expr,
            _disjunction: disjunction,
            _bitwise_or: bitwise_or,
            _primary: primary,
            _star_target: star_target,
            _comprehensions: comprehensions,
        }),
    }
}

/// `item (',' item)* [',']`: the item alone, or a tuple of the items when
/// there is a comma (`star_targets`, `star_expressions`).
fn comma_tuple<'t>(item: Rule<'t, Expr>, ctx: ExprContext) -> Rule<'t, Expr> {
    custom(move |inp: &mut InputRef<'t, '_, In<'t>, Extra<'t>>| {
        let start = inp.cursor();
        let first = inp.parse(&item)?;
        if inp.peek() != Some(Tok::Op(K::Comma)) {
            return Ok(first);
        }
        let mut elts = vec![first];
        while inp.peek() == Some(Tok::Op(K::Comma)) {
            inp.skip();
            let before = inp.save();
            match inp.parse(&item) {
                Ok(elt) => elts.push(elt),
                Err(_) => {
                    // A trailing comma ends the tuple.
                    inp.rewind(before);
                    break;
                }
            }
        }
        let range = inp.span_since(&start);
        Ok(ExprTuple {
            span: inp.state().byte_span(range),
            elts,
            ctx,
        }
        .into())
    })
    .boxed()
}

/// What follows the first element of a `(…)`, `[…]` or `{…}` display: a
/// comprehension, more elements after a comma, or nothing.
fn display_tail<'t>(
    comprehensions: Rule<'t, Vec<Comprehension>>,
    star_named: Rule<'t, Expr>,
) -> impl Parser<'t, In<'t>, DisplayTail, Extra<'t>> + Clone {
    choice((
        comprehensions.map(DisplayTail::Comprehension),
        op(K::Comma)
            .ignore_then(
                star_named
                    .separated_by(op(K::Comma))
                    .allow_trailing()
                    .collect::<Vec<_>>(),
            )
            .map(|rest| DisplayTail::Elements(rest, true)),
        empty().to(DisplayTail::Elements(Vec::new(), false)),
    ))
}

/// A dict display from its items (its span is set once the braces are read).
fn dict_display(first: DictItem, rest: Vec<DictItem>) -> Expr {
    let (mut keys, mut values) = (Vec::new(), Vec::new());
    for item in std::iter::once(first).chain(rest) {
        match item {
            DictItem::Pair(k, v) => {
                keys.push(Some(k));
                values.push(v);
            }
            DictItem::Unpack(v) => {
                keys.push(None);
                values.push(v);
            }
        }
    }
    ExprDict {
        span: Span::default(),
        keys,
        values,
    }
    .into()
}

pub(crate) fn starred(value: Expr, span: Span, ctx: ExprContext) -> Expr {
    ExprStarred {
        span,
        value: Box::new(value),
        ctx,
    }
    .into()
}

/// Sets the span of a display node built before its brackets were seen.
fn set_span(expr: &mut Expr, at: Span) {
    match expr {
        Expr::Dict(d) => d.span = at,
        Expr::DictComp(d) => d.span = at,
        Expr::Set(s) => s.span = at,
        Expr::SetComp(s) => s.span = at,
        _ => {}
    }
}

/// The arguments of a call, split as `ExprCall` holds them.
#[derive(Clone, Default)]
pub(crate) struct CallArgs {
    pub args: Vec<Expr>,
    pub keywords: Vec<Keyword>,
    /// Set when the only argument is a generator expression without its
    /// own parentheses; its span becomes the call's parentheses.
    pub genexp: Option<Span>,
}

#[derive(Clone)]
enum Argument {
    Positional(Expr),
    /// `x for x in y` without its own parentheses: only valid alone.
    Generator(Expr),
    Starred(Expr),
    Keyword(Keyword),
    DoubleStarred(Keyword),
}

/// `arguments` of a call, including the generator-expression form
/// `f(x for x in y)`.
fn call_arguments<'t>(
    expression: Rule<'t, Expr>,
    named: Rule<'t, Expr>,
    name: Rule<'t, Identifier>,
    comprehensions: Rule<'t, Vec<Comprehension>>,
) -> Rule<'t, CallArgs> {
    let starred_argument = op(K::Star)
        .ignore_then(expression.clone())
        .map_with(|value, e| Argument::Starred(starred(value, span(e), ExprContext::Load)))
        .boxed();
    let double_starred = op(K::DoubleStar)
        .ignore_then(expression.clone())
        .map_with(|value, e| {
            Argument::DoubleStarred(Keyword {
                span: span(e),
                arg: None,
                value,
            })
        })
        .boxed();
    let keyword = name
        .then_ignore(op(K::Equal))
        .then(expression.clone())
        .map_with(|(arg, value), e| {
            Argument::Keyword(Keyword {
                span: span(e),
                arg: Some(arg),
                value,
            })
        })
        .boxed();
    let positional = named
        .then(comprehensions.or_not())
        .map_with(|(elt, generators), e| match generators {
            Some(generators) => Argument::Generator(
                ExprGeneratorExp {
                    span: span(e),
                    elt: Box::new(elt),
                    generators,
                }
                .into(),
            ),
            None => Argument::Positional(elt),
        })
        .boxed();
    // An argument is chosen by its first tokens: `*`, `**`, `name =`, or an
    // expression.
    let argument = custom(
        move |inp: &mut InputRef<'t, '_, In<'t>, Extra<'t>>| match inp.peek() {
            Some(Tok::Op(K::Star)) => inp.parse(&starred_argument),
            Some(Tok::Op(K::DoubleStar)) => inp.parse(&double_starred),
            Some(Tok::Name | Tok::Soft(_)) => {
                let before = inp.save();
                inp.skip();
                let is_keyword = inp.peek() == Some(Tok::Op(K::Equal));
                inp.rewind(before);
                inp.parse(if is_keyword { &keyword } else { &positional })
            }
            _ => inp.parse(&positional),
        },
    );
    // `argument (',' argument)* [',']`, or nothing, before the `)`.
    let list = custom(move |inp: &mut InputRef<'t, '_, In<'t>, Extra<'t>>| {
        let mut arguments = Vec::new();
        loop {
            let before = inp.save();
            match inp.parse(&argument) {
                Ok(a) => arguments.push(a),
                Err(_) => {
                    inp.rewind(before);
                    break;
                }
            }
            if inp.peek() != Some(Tok::Op(K::Comma)) {
                break;
            }
            inp.skip();
        }
        Ok(arguments)
    })
    .then_ignore(op(K::Rpar).rewind())
    .validate(|arguments, e, emitter| {
        let mut call = CallArgs::default();
        if let [Argument::Generator(_)] = arguments.as_slice() {
            let Some(Argument::Generator(genexp)) = arguments.into_iter().next() else {
                unreachable!("matched one generator argument")
            };
            call.args.push(genexp);
            call.genexp = Some(Span::default());
            return call;
        }
        let mut seen_keyword = false;
        let mut seen_double_star = false;
        for argument in arguments {
            match argument {
                Argument::Positional(value) | Argument::Starred(value) => {
                    let is_starred = matches!(value, Expr::Starred(_));
                    let after = next_token_span(e);
                    if seen_double_star && is_starred {
                        let at = value_span(&value);
                        fail(
                            e,
                            emitter,
                            ParseErrorKind::IterableUnpackingAfterKeywordUnpacking,
                            at,
                        );
                    } else if seen_double_star && !is_starred {
                        fail(
                            e,
                            emitter,
                            ParseErrorKind::PositionalAfterKeywordUnpacking,
                            after,
                        );
                    } else if seen_keyword && !is_starred {
                        fail(e, emitter, ParseErrorKind::PositionalAfterKeyword, after);
                    }
                    call.args.push(value);
                }
                Argument::Generator(genexp) => {
                    fail(
                        e,
                        emitter,
                        ParseErrorKind::UnparenthesizedGenerator,
                        value_span(&genexp),
                    );
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
        call
    });
    list.boxed()
}

/// An empty span at the token after what the current rule matched: where
/// CPython reports errors raised while building a node (the last token it
/// fetched).
pub(crate) fn next_token_span(e: &mut crate::context::Ex<'_, '_>) -> Span {
    let end = e.span().end;
    let ctx = e.state();
    let at = ctx
        .spans
        .get(end)
        .map_or(ctx.source.len() as u32, |s| s.start);
    Span::empty(at)
}

/// The span of any expression.
pub(crate) fn value_span(expr: &Expr) -> Span {
    expr.span()
}
