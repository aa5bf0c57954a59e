//! Statements and blocks, as CPython 3.11's grammar defines them: compound
//! statements here, simple ones in `simple_stmt`, all plain functions over
//! a [`Reader`] like the expressions. [`statements`] and [`statement`] are
//! what the chumsky rules of the entry points run.
//!
//! The functions read the grammar's alternatives in the grammar's order
//! and fetch the tokens it fetches, so errors are reported where they were
//! when these rules were chumsky combinators.

use pyvm_ast::{
    ExceptHandler, ExceptHandlerExceptHandler, Expr, ExprContext, ExprTuple, Identifier, MatchCase,
    Stmt, StmtAsyncFor, StmtAsyncFunctionDef, StmtAsyncWith, StmtClassDef, StmtFor,
    StmtFunctionDef, StmtIf, StmtMatch, StmtTry, StmtTryStar, StmtWhile, StmtWith, WithItem,
};
use pyvm_lexer::TokenKind as K;
use pyvm_source::Span;

use crate::arguments::arguments;
use crate::context::NoMatch;
use crate::error::ParseErrorKind;
use crate::expr::{
    expression, name, named_expression, star_expressions, star_named_expression, star_target,
    star_targets,
};
use crate::fold_sites::is_iterable_display;
use crate::params::parameters;
use crate::pattern::patterns;
use crate::primary::optional;
use crate::reader::{first_of, repeated, separated_by, Parsed, Reader};
use crate::simple_stmt::simple_stmts_into;
use crate::tokens::{Kw, Soft, Tok};

/// `$async_node { fields }` when `$is_async`, else `$node { fields }`, as
/// a `Stmt`: the statements `async` marks have the same fields as their
/// plain forms.
macro_rules! sync_or_async {
    ($is_async:expr, $async_node:ident, $node:ident { $($fields:tt)* }) => {
        if $is_async {
            $async_node { $($fields)* }.into()
        } else {
            $node { $($fields)* }.into()
        }
    };
}

/// `statements`: one or more statements (a block's contents, or a module's).
pub(crate) fn statements(r: &mut Reader<'_, '_>) -> Parsed<Vec<Stmt>> {
    r.gathering(|r| {
        statement_into(r)?;
        loop {
            let (before, len) = (r.mark(), r.gathered::<Stmt>());
            if statement_into(r).is_err() {
                r.reset(before);
                r.ungather_to::<Stmt>(len);
                return Ok(());
            }
        }
    })
}

/// One `statement` (a line of simple statements gives several), for
/// interactive input.
pub(crate) fn statement(r: &mut Reader<'_, '_>) -> Parsed<Vec<Stmt>> {
    r.gathering(statement_into)
}

/// A statement, gathered into the block being read (a line of simple
/// statements gathers each). It is chosen by its first token, as the
/// grammar's alternatives all fail at once on any other: only `async` has
/// several, and only `match` (also a name) may turn out to be a simple
/// statement after all.
fn statement_into(r: &mut Reader<'_, '_>) -> Parsed<()> {
    let compound = match r.peek() {
        Tok::Soft(Soft::Match) => {
            let before = r.mark();
            if let Ok(stmt) = match_stmt(r) {
                r.gather(stmt);
                return Ok(());
            }
            r.reset(before);
            return simple_stmts_into(r);
        }
        Tok::Op(K::At) | Tok::Kw(Kw::Def | Kw::Class) => definition(r)?,
        Tok::Kw(Kw::Async) => first_of(r, &[definition, for_stmt, with_stmt])?,
        Tok::Kw(Kw::If) => if_stmt(r)?,
        Tok::Kw(Kw::While) => while_stmt(r)?,
        Tok::Kw(Kw::For) => for_stmt(r)?,
        Tok::Kw(Kw::With) => with_stmt(r)?,
        Tok::Kw(Kw::Try) => try_stmt(r)?,
        _ => return simple_stmts_into(r),
    };
    r.gather(compound);
    Ok(())
}

/// `block: NEWLINE INDENT statements DEDENT | simple_stmts`
fn block(r: &mut Reader<'_, '_>) -> Parsed<Vec<Stmt>> {
    let before = r.mark();
    if r.eat(Tok::Newline) {
        let indented = (|| {
            r.expect(Tok::Indent)?;
            // Blocks nest at most 100 deep (the lexer's limit), but each
            // level is several frames.
            let body = stacker::maybe_grow(64 * 1024, 1024 * 1024, || statements(r))?;
            r.expect(Tok::Dedent)?;
            Ok(body)
        })();
        if indented.is_ok() {
            return indented;
        }
    }
    r.reset(before);
    r.gathering(simple_stmts_into)
}

/// `'else' ':' block`
fn else_block(r: &mut Reader<'_, '_>) -> Parsed<Vec<Stmt>> {
    r.expect(Tok::Kw(Kw::Else))?;
    r.expect(Tok::Op(K::Colon))?;
    block(r)
}

// --- function and class definitions ----------------------------------------------

/// Decorators (`'@' named_expression NEWLINE`, any number), then a
/// function or class definition.
fn definition(r: &mut Reader<'_, '_>) -> Parsed<Stmt> {
    let decorators = repeated(r, 0, |r| {
        r.expect(Tok::Op(K::At))?;
        let decorator = named_expression(r)?;
        r.expect(Tok::Newline)?;
        Ok(decorator)
    })?;
    let mut def = first_of(r, &[function_def, class_def])?;
    match &mut def {
        Stmt::FunctionDef(f) => f.decorator_list = decorators,
        Stmt::AsyncFunctionDef(f) => f.decorator_list = decorators,
        Stmt::ClassDef(c) => c.decorator_list = decorators,
        _ => {}
    }
    Ok(def)
}

/// `['async'] 'def' NAME '(' [params] ')' ['->' expression] ':' block`
fn function_def(r: &mut Reader<'_, '_>) -> Parsed<Stmt> {
    let start = r.pos;
    let is_async = r.eat(Tok::Kw(Kw::Async));
    r.expect(Tok::Kw(Kw::Def))?;
    let name = name(r)?;
    r.expect(Tok::Op(K::Lpar))?;
    let params = parameters(r)?;
    r.expect(Tok::Op(K::Rpar))?;
    let returns = optional(r, |r| {
        r.expect(Tok::Op(K::Rarrow))?;
        expression(r)
    });
    r.expect(Tok::Op(K::Colon))?;
    let body = block(r)?;
    let span = r.trimmed_span_from(start);
    let args = Box::new(params.into_arguments());
    let returns = returns.map(Box::new);
    Ok(sync_or_async!(
        is_async,
        StmtAsyncFunctionDef,
        StmtFunctionDef {
            span,
            name,
            args,
            body,
            decorator_list: Vec::new(),
            returns,
            type_comment: None,
        }
    ))
}

/// `'class' NAME ['(' [arguments] ')'] ':' block`
fn class_def(r: &mut Reader<'_, '_>) -> Parsed<Stmt> {
    let start = r.pos;
    r.expect(Tok::Kw(Kw::Class))?;
    let name = name(r)?;
    let args = optional(r, |r| {
        r.expect(Tok::Op(K::Lpar))?;
        let args = arguments(r)?;
        // `class C(x for x in y)`: CPython's grammar takes a bare
        // generator expression only as a call's argument.
        if let Some(at) = args.lone_generator {
            return r.fail(ParseErrorKind::InvalidSyntax, at);
        }
        r.expect(Tok::Op(K::Rpar))?;
        Ok(args)
    })
    .unwrap_or_default();
    r.expect(Tok::Op(K::Colon))?;
    let body = block(r)?;
    Ok(StmtClassDef {
        span: r.trimmed_span_from(start),
        name,
        bases: args.args,
        keywords: args.keywords,
        body,
        decorator_list: Vec::new(),
    }
    .into())
}

// --- if / while / for ----------------------------------------------------------------

/// `'if' named_expression ':' block [elif_stmt | else_block]`
fn if_stmt(r: &mut Reader<'_, '_>) -> Parsed<Stmt> {
    let start = r.pos;
    r.expect(Tok::Kw(Kw::If))?;
    if_rest(r, start)
}

/// What follows `if` or `elif`: the test, the block and the rest of the
/// chain, as an `If` node spanning from `start`.
fn if_rest(r: &mut Reader<'_, '_>, start: usize) -> Parsed<Stmt> {
    let test = named_expression(r)?;
    r.expect(Tok::Op(K::Colon))?;
    let body = block(r)?;
    // Each `elif` nests the next: a long chain is deep recursion.
    let orelse = stacker::maybe_grow(64 * 1024, 1024 * 1024, || optional(r, elif_chain));
    let orelse = orelse.unwrap_or_default();
    Ok(StmtIf {
        span: r.trimmed_span_from(start),
        test: Box::new(test),
        body,
        orelse,
    }
    .into())
}

/// `elif_stmt | else_block`: the `orelse` of an `if`.
fn elif_chain(r: &mut Reader<'_, '_>) -> Parsed<Vec<Stmt>> {
    let before = r.mark();
    let start = r.pos;
    if r.eat(Tok::Kw(Kw::Elif)) {
        if let Ok(elif) = if_rest(r, start) {
            return Ok(vec![elif]);
        }
    }
    r.reset(before);
    else_block(r)
}

/// `'while' named_expression ':' block [else_block]`
fn while_stmt(r: &mut Reader<'_, '_>) -> Parsed<Stmt> {
    let start = r.pos;
    r.expect(Tok::Kw(Kw::While))?;
    let test = named_expression(r)?;
    r.expect(Tok::Op(K::Colon))?;
    let body = block(r)?;
    let orelse = optional(r, else_block).unwrap_or_default();
    Ok(StmtWhile {
        span: r.trimmed_span_from(start),
        test: Box::new(test),
        body,
        orelse,
    }
    .into())
}

/// `['async'] 'for' star_targets 'in' star_expressions ':' block [else_block]`
fn for_stmt(r: &mut Reader<'_, '_>) -> Parsed<Stmt> {
    let start = r.pos;
    let is_async = r.eat(Tok::Kw(Kw::Async));
    r.expect(Tok::Kw(Kw::For))?;
    let target = Box::new(star_targets(r)?);
    r.expect(Tok::Kw(Kw::In))?;
    let iter = Box::new(star_expressions(r)?);
    if is_iterable_display(&iter) {
        r.note_fold_site(iter.span().start);
    }
    r.expect(Tok::Op(K::Colon))?;
    let body = block(r)?;
    let orelse = optional(r, else_block).unwrap_or_default();
    let span = r.trimmed_span_from(start);
    Ok(sync_or_async!(
        is_async,
        StmtAsyncFor,
        StmtFor {
            span,
            target,
            iter,
            body,
            orelse,
            type_comment: None,
        }
    ))
}

// --- with ------------------------------------------------------------------------------

/// `['async'] 'with' with_items ':' block`
fn with_stmt(r: &mut Reader<'_, '_>) -> Parsed<Stmt> {
    let start = r.pos;
    let is_async = r.eat(Tok::Kw(Kw::Async));
    r.expect(Tok::Kw(Kw::With))?;
    let items = with_items(r)?;
    r.expect(Tok::Op(K::Colon))?;
    let body = block(r)?;
    let span = r.trimmed_span_from(start);
    Ok(sync_or_async!(
        is_async,
        StmtAsyncWith,
        StmtWith {
            span,
            items,
            body,
            type_comment: None,
        }
    ))
}

/// `'(' ','.with_item+ [','] ')' &':' | ','.with_item+`
fn with_items(r: &mut Reader<'_, '_>) -> Parsed<Vec<WithItem>> {
    let before = r.mark();
    let parenthesized = (|| {
        r.expect(Tok::Op(K::Lpar))?;
        let items = separated_by(r, Tok::Op(K::Comma), 1, true, with_item)?;
        r.expect(Tok::Op(K::Rpar))?;
        if !r.sees(&[Tok::Op(K::Colon)]) {
            return Err(NoMatch::default());
        }
        Ok(items)
    })();
    if parenthesized.is_ok() {
        return parenthesized;
    }
    r.reset(before);
    separated_by(r, Tok::Op(K::Comma), 1, false, with_item)
}

/// `expression ['as' star_target &(',' | ')' | ':')]`
fn with_item(r: &mut Reader<'_, '_>) -> Parsed<WithItem> {
    let context_expr = expression(r)?;
    let optional_vars = optional(r, |r| {
        r.expect(Tok::Kw(Kw::As))?;
        let target = star_target(r)?;
        if !r.sees(&[Tok::Op(K::Comma), Tok::Op(K::Rpar), Tok::Op(K::Colon)]) {
            return Err(NoMatch::default());
        }
        Ok(target)
    });
    Ok(WithItem {
        context_expr,
        optional_vars: optional_vars.map(Box::new),
    })
}

// --- try ---------------------------------------------------------------------------------

/// `'try' ':' block` then `except` clauses (all with `*` or none), `else`
/// and `finally`, at least one of `except` and `finally`, and no `else`
/// without an `except`.
fn try_stmt(r: &mut Reader<'_, '_>) -> Parsed<Stmt> {
    let start = r.pos;
    r.expect(Tok::Kw(Kw::Try))?;
    r.expect(Tok::Op(K::Colon))?;
    let body = block(r)?;
    let before = r.mark();
    let (handlers, star) = match repeated(r, 1, |r| handler(r, false)) {
        Ok(handlers) => (handlers, false),
        Err(_) => {
            r.reset(before);
            match repeated(r, 1, |r| handler(r, true)) {
                Ok(handlers) => (handlers, true),
                Err(_) => {
                    r.reset(before);
                    (Vec::new(), false)
                }
            }
        }
    };
    if !handlers.is_empty() {
        mixed_handlers(r, star)?;
    }
    let orelse = optional(r, else_block);
    let finalbody = optional(r, |r| {
        r.expect(Tok::Kw(Kw::Finally))?;
        r.expect(Tok::Op(K::Colon))?;
        block(r)
    });
    if handlers.is_empty() && (finalbody.is_none() || orelse.is_some()) {
        return Err(NoMatch::default());
    }
    let (span, orelse, finalbody) = (
        r.trimmed_span_from(start),
        orelse.unwrap_or_default(),
        finalbody.unwrap_or_default(),
    );
    Ok(if star {
        StmtTryStar {
            span,
            body,
            handlers,
            orelse,
            finalbody,
        }
        .into()
    } else {
        StmtTry {
            span,
            body,
            handlers,
            orelse,
            finalbody,
        }
        .into()
    })
}

/// After the handlers of a `try`, one of the other kind (`except` after
/// `except*` or the reverse) fails the parse, as CPython's
/// `invalid_try_stmt` does, pointing at its `except` (and `*`).
fn mixed_handlers(r: &mut Reader<'_, '_>, star: bool) -> Parsed<()> {
    let before = r.mark();
    let start = r.pos;
    if !r.eat(Tok::Kw(Kw::Except)) {
        r.reset(before);
        return Ok(());
    }
    let other_is_star = r.at(Tok::Op(K::Star));
    if other_is_star == star {
        r.reset(before);
        return Ok(());
    }
    let header = handler_header(r, other_is_star);
    if header.is_err() || !r.eat(Tok::Op(K::Colon)) {
        r.reset(before);
        return Ok(());
    }
    let span = match other_is_star {
        true => r.spans[start].cover(r.spans[start + 1]),
        false => r.spans[start],
    };
    r.fail(ParseErrorKind::MixedExceptStar, span)
}

/// `'except' ['*'] [expression ['as' NAME]] ':' block`, the `*` there
/// exactly when `star`.
fn handler(r: &mut Reader<'_, '_>, star: bool) -> Parsed<ExceptHandler> {
    let start = r.pos;
    r.expect(Tok::Kw(Kw::Except))?;
    let clause = handler_header(r, star)?;
    r.expect(Tok::Op(K::Colon))?;
    let body = block(r)?;
    let (type_, name) = match clause {
        Some((type_, name)) => (Some(Box::new(type_)), name),
        None => (None, None),
    };
    Ok(ExceptHandlerExceptHandler {
        span: r.trimmed_span_from(start),
        type_,
        name,
        body,
    }
    .into())
}

/// What follows a handler's `except`: `'*' expression ['as' NAME]` when
/// `star`, else `[expression ['as' NAME]]`. A bare `except*` and
/// unparenthesized exception types fail the parse with CPython's messages
/// (its `invalid_except_stmt`).
fn handler_header(
    r: &mut Reader<'_, '_>,
    star: bool,
) -> Parsed<Option<(Expr, Option<Identifier>)>> {
    if star {
        r.expect(Tok::Op(K::Star))?;
        r.fetch();
        match r.peek() {
            Tok::Op(K::Colon) => {
                return r.fail(ParseErrorKind::ExpectedExceptionTypes, r.spans[r.pos]);
            }
            Tok::Newline => {
                return r.fail(ParseErrorKind::ExpectedExceptionTypes, r.next_token_span());
            }
            _ => {}
        }
    }
    let before = r.mark();
    let Ok(type_) = expression(r) else {
        r.reset(before);
        return if star {
            Err(NoMatch::default())
        } else {
            Ok(None)
        };
    };
    if r.at(Tok::Op(K::Comma)) {
        unparenthesized_types(r, type_.span())?;
    }
    let name = optional(r, |r| {
        r.expect(Tok::Kw(Kw::As))?;
        name(r)
    });
    Ok(Some((type_, name)))
}

/// `except A, B:`: fails the parse if the rest reads as
/// `',' expressions ['as' NAME] ':'`, pointing from the first type to
/// the last.
fn unparenthesized_types(r: &mut Reader<'_, '_>, first: Span) -> Parsed<()> {
    let before = r.mark();
    let rest: Parsed<Span> = (|| {
        let mut last = first;
        while r.eat(Tok::Op(K::Comma)) {
            last = expression(r)?.span();
        }
        if r.eat(Tok::Kw(Kw::As)) {
            name(r)?;
        }
        r.expect(Tok::Op(K::Colon))?;
        Ok(last)
    })();
    r.reset(before);
    match rest {
        Ok(last) => r.fail(
            ParseErrorKind::UnparenthesizedExceptionTypes,
            first.cover(last),
        ),
        Err(_) => Ok(()),
    }
}

// --- match -------------------------------------------------------------------------------

/// `"match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT`
fn match_stmt(r: &mut Reader<'_, '_>) -> Parsed<Stmt> {
    let start = r.pos;
    r.expect(Tok::Soft(Soft::Match))?;
    let subject = subject(r)?;
    r.expect(Tok::Op(K::Colon))?;
    r.expect(Tok::Newline)?;
    r.expect(Tok::Indent)?;
    let cases = repeated(r, 1, case_block)?;
    r.expect(Tok::Dedent)?;
    Ok(StmtMatch {
        span: r.trimmed_span_from(start),
        subject: Box::new(subject),
        cases,
    }
    .into())
}

/// `subject_expr: star_named_expression ',' star_named_expressions? |
/// named_expression`
fn subject(r: &mut Reader<'_, '_>) -> Parsed<Expr> {
    let start = r.pos;
    let before = r.mark();
    let tuple = (|| {
        let first = star_named_expression(r)?;
        r.expect(Tok::Op(K::Comma))?;
        let rest = separated_by(r, Tok::Op(K::Comma), 0, true, star_named_expression)?;
        let mut elts = vec![first];
        elts.extend(rest);
        Ok(r.built(ExprTuple {
            span: r.trimmed_span_from(start),
            elts,
            ctx: ExprContext::Load,
        }))
    })();
    if tuple.is_ok() {
        return tuple;
    }
    r.reset(before);
    named_expression(r)
}

/// `"case" patterns ['if' named_expression] ':' block`
fn case_block(r: &mut Reader<'_, '_>) -> Parsed<MatchCase> {
    r.expect(Tok::Soft(Soft::Case))?;
    let pattern = patterns(r)?;
    let guard = optional(r, |r| {
        r.expect(Tok::Kw(Kw::If))?;
        named_expression(r)
    });
    r.expect(Tok::Op(K::Colon))?;
    let body = block(r)?;
    Ok(MatchCase {
        pattern,
        guard: guard.map(Box::new),
        body,
    })
}
