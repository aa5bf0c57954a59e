//! Bracketed atoms: groups, tuples, lists, dicts and sets, and their
//! comprehensions.
//!
//! The first element is parsed once, and what follows it (`for`, `,`,
//! `:`, the closing bracket) decides the form, as the grammar's
//! alternatives would.

use std::convert::Infallible;

use pyvm_ast::{
    Comprehension, Expr, ExprContext, ExprDict, ExprDictComp, ExprGeneratorExp, ExprList,
    ExprListComp, ExprSet, ExprSetComp,
};
use pyvm_lexer::TokenKind as K;
use pyvm_source::Span;

use crate::context::NoMatch;
use crate::expr::{expression, star_named_expression, star_targets, tuple, yield_expr};
use crate::fold_sites::is_iterable_display;
use crate::operators::{bitwise_or, disjunction};
use crate::primary::optional;
use crate::reader::{Parsed, Reader};
use crate::tokens::{Kw, Tok};

/// The first element inside brackets, with what follows it.
enum DisplayTail {
    /// The element of a comprehension, and its clauses.
    Comprehension(Expr, Vec<Comprehension>),
    /// The element, alone.
    Alone(Expr),
    /// The elements, the first followed by a comma.
    Elements(Vec<Expr>),
}

/// The first element of a display, `first`, with what follows it.
fn display_tail(r: &mut Reader<'_, '_>, first: Expr) -> DisplayTail {
    if let Some(generators) = optional_comprehensions(r) {
        return DisplayTail::Comprehension(first, generators);
    }
    if r.eat(Tok::Op(K::Comma)) {
        return DisplayTail::Elements(star_named_list(r, first));
    }
    DisplayTail::Alone(first)
}

/// `first`, then after its comma `star_named_expression (','
/// star_named_expression)* [',']` or nothing.
fn star_named_list(r: &mut Reader<'_, '_>, first: Expr) -> Vec<Expr> {
    let Ok(elts) = r.gathering::<Expr, Infallible>(|r| {
        r.gather(first);
        let Some(second) = optional(r, star_named_expression) else {
            return Ok(());
        };
        r.gather(second);
        while r.eat(Tok::Op(K::Comma)) {
            match optional(r, star_named_expression) {
                Some(elt) => r.gather(elt),
                // A trailing comma.
                None => break,
            }
        }
        Ok(())
    });
    elts
}

/// `comprehensions` if they come next, else nothing (and nothing read). A
/// comprehension starts with `async` or `for`: on any other token it fails
/// at once, having fetched that token.
pub(crate) fn optional_comprehensions(r: &mut Reader<'_, '_>) -> Option<Vec<Comprehension>> {
    if !matches!(r.peek(), Tok::Kw(Kw::Async | Kw::For)) {
        r.fetch();
        return None;
    }
    optional(r, comprehensions)
}

/// `for`/`if` clauses: one or more `comprehension` nodes.
pub(crate) fn comprehensions(r: &mut Reader<'_, '_>) -> Parsed<Vec<Comprehension>> {
    let first = comprehension(r)?;
    let mut generators = vec![first];
    while let Some(generator) = optional(r, comprehension) {
        generators.push(generator);
    }
    Ok(generators)
}

/// `['async'] 'for' star_targets 'in' disjunction ('if' disjunction)*`
fn comprehension(r: &mut Reader<'_, '_>) -> Parsed<Comprehension> {
    let is_async = r.eat(Tok::Kw(Kw::Async));
    r.expect(Tok::Kw(Kw::For))?;
    let target = star_targets(r)?;
    r.expect(Tok::Kw(Kw::In))?;
    let iter = disjunction(r)?;
    if is_iterable_display(&iter) {
        r.note_fold_site(iter.span().start);
    }
    let mut ifs = Vec::new();
    loop {
        let before = r.mark();
        if !r.eat(Tok::Kw(Kw::If)) {
            break;
        }
        match disjunction(r) {
            Ok(condition) => ifs.push(condition),
            Err(_) => {
                r.reset(before);
                break;
            }
        }
    }
    Ok(Comprehension {
        target,
        iter,
        ifs,
        is_async,
    })
}

/// `'(' … ')'`: the empty tuple, a group, a tuple or a generator expression.
pub(crate) fn parenthesized(r: &mut Reader<'_, '_>) -> Parsed<Expr> {
    let start = r.pos;
    r.expect(Tok::Op(K::Lpar))?;
    if r.eat(Tok::Op(K::Rpar)) {
        let span = r.span_from(start);
        return Ok(tuple(r, Vec::new(), span));
    }
    let tail = match optional(r, yield_expr) {
        Some(value) => DisplayTail::Alone(value),
        None => {
            let first = star_named_expression(r)?;
            display_tail(r, first)
        }
    };
    r.expect(Tok::Op(K::Rpar))?;
    let span = r.span_from(start);
    Ok(match tail {
        DisplayTail::Comprehension(elt, generators) => ExprGeneratorExp {
            span,
            elt: Box::new(elt),
            generators,
        }
        .into(),
        DisplayTail::Elements(elts) => tuple(r, elts, span),
        DisplayTail::Alone(first) => {
            // `(*x)`: a starred expression alone is no group.
            if matches!(first, Expr::Starred(_)) {
                r.invalidate();
            }
            first
        }
    })
}

/// `'[' … ']'`: a list or list comprehension.
pub(crate) fn list(r: &mut Reader<'_, '_>) -> Parsed<Expr> {
    let start = r.pos;
    r.expect(Tok::Op(K::Lsqb))?;
    let inner = optional(r, |r| {
        let first = star_named_expression(r)?;
        Ok(display_tail(r, first))
    });
    r.expect(Tok::Op(K::Rsqb))?;
    let span = r.span_from(start);
    let elts = match inner {
        None => Vec::new(),
        Some(DisplayTail::Comprehension(elt, generators)) => {
            return Ok(ExprListComp {
                span,
                elt: Box::new(elt),
                generators,
            }
            .into())
        }
        Some(DisplayTail::Alone(elt)) => vec![elt],
        Some(DisplayTail::Elements(elts)) => elts,
    };
    Ok(ExprList {
        span,
        elts,
        ctx: ExprContext::Load,
    }
    .into())
}

/// One `**mapping` or `key: value` item of a dict display.
enum DictItem {
    Pair(Expr, Expr),
    Unpack(Expr),
}

/// What a brace display holds, before its span is known.
enum Braces {
    Dict(Vec<DictItem>),
    DictComp(Expr, Expr, Vec<Comprehension>),
    Set(Vec<Expr>),
    SetComp(Expr, Vec<Comprehension>),
}

/// `'{' … '}'`: a dict, a set, or their comprehensions.
pub(crate) fn braces(r: &mut Reader<'_, '_>) -> Parsed<Expr> {
    let start = r.pos;
    r.expect(Tok::Op(K::Lbrace))?;
    let inner = optional(r, |r| {
        if let Some(items) = optional(r, first_unpack) {
            return Ok(items);
        }
        first_element(r)
    });
    r.expect(Tok::Op(K::Rbrace))?;
    let span = r.span_from(start);
    Ok(match inner {
        None => dict(Vec::new(), span),
        Some(Braces::Dict(items)) => dict(items, span),
        Some(Braces::DictComp(key, value, generators)) => ExprDictComp {
            span,
            key: Box::new(key),
            value: Box::new(value),
            generators,
        }
        .into(),
        Some(Braces::Set(elts)) => ExprSet { span, elts }.into(),
        Some(Braces::SetComp(elt, generators)) => ExprSetComp {
            span,
            elt: Box::new(elt),
            generators,
        }
        .into(),
    })
}

/// `'**' bitwise_or` then the rest of a dict.
fn first_unpack(r: &mut Reader<'_, '_>) -> Parsed<Braces> {
    r.expect(Tok::Op(K::DoubleStar))?;
    let first = bitwise_or(r)?;
    let mut items = vec![DictItem::Unpack(first)];
    dict_rest(r, &mut items);
    Ok(Braces::Dict(items))
}

/// The first element, then what follows it: `: value` makes a dict or dict
/// comprehension, anything else a set or set comprehension.
fn first_element(r: &mut Reader<'_, '_>) -> Parsed<Braces> {
    let first = star_named_expression(r)?;
    let before = r.mark();
    let pair = (|| {
        r.expect(Tok::Op(K::Colon))?;
        let value = expression(r)?;
        let rest = match optional_comprehensions(r) {
            Some(generators) => Ok(generators),
            None => {
                let mut items = Vec::new();
                dict_rest(r, &mut items);
                Err(items)
            }
        };
        Ok::<_, NoMatch>((value, rest))
    })();
    match pair {
        // `{*a: b}`: the rule fails once the whole pair is read.
        Ok(_) if matches!(first, Expr::Starred(_)) => Err(NoMatch::default()),
        Ok((value, Ok(generators))) => Ok(Braces::DictComp(first, value, generators)),
        Ok((value, Err(rest))) => {
            let mut items = vec![DictItem::Pair(first, value)];
            items.extend(rest);
            Ok(Braces::Dict(items))
        }
        Err(_) => {
            r.reset(before);
            Ok(match display_tail(r, first) {
                DisplayTail::Comprehension(elt, generators) => Braces::SetComp(elt, generators),
                DisplayTail::Alone(elt) => Braces::Set(vec![elt]),
                DisplayTail::Elements(elts) => Braces::Set(elts),
            })
        }
    }
}

/// `[',' [items]]` after a dict's first item, onto `items`.
fn dict_rest(r: &mut Reader<'_, '_>, items: &mut Vec<DictItem>) {
    if !r.eat(Tok::Op(K::Comma)) {
        return;
    }
    let Some(item) = optional(r, dict_item) else {
        return;
    };
    items.push(item);
    while r.eat(Tok::Op(K::Comma)) {
        match optional(r, dict_item) {
            Some(item) => items.push(item),
            // A trailing comma.
            None => return,
        }
    }
}

/// `'**' bitwise_or | expression ':' expression`
fn dict_item(r: &mut Reader<'_, '_>) -> Parsed<DictItem> {
    let before = r.mark();
    if r.eat(Tok::Op(K::DoubleStar)) {
        if let Ok(value) = bitwise_or(r) {
            return Ok(DictItem::Unpack(value));
        }
        r.reset(before);
    }
    let key = expression(r)?;
    r.expect(Tok::Op(K::Colon))?;
    let value = expression(r)?;
    Ok(DictItem::Pair(key, value))
}

/// A dict display from its items.
fn dict(items: Vec<DictItem>, span: Span) -> Expr {
    let mut keys = Vec::with_capacity(items.len());
    let mut values = Vec::with_capacity(items.len());
    for item in items {
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
    ExprDict { span, keys, values }.into()
}
