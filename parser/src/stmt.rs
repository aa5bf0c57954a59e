//! Statements and blocks, as CPython 3.11's grammar defines them.

use chumsky::input::InputRef;
use chumsky::prelude::*;

use crate::context::NoMatch;
use pyvm_ast::{
    ExceptHandler, ExceptHandlerExceptHandler, Expr, ExprContext, ExprTuple, MatchCase, Stmt,
    StmtAsyncFor, StmtAsyncFunctionDef, StmtAsyncWith, StmtClassDef, StmtFor, StmtFunctionDef,
    StmtIf, StmtMatch, StmtTry, StmtTryStar, StmtWhile, StmtWith, WithItem,
};
use pyvm_lexer::TokenKind as K;

use crate::arguments::CallArgs;
use crate::context::{span, Extra, In, Rule};
use crate::expr::{expr_rules, kw, op, ExprRules};
use crate::pattern::patterns;
use crate::reader::read;
use crate::simple_stmt::simple_stmts_into;
use crate::slot::Slot;
use crate::tokens::{Kw, Soft, Tok};

/// The statement rules the entry points use.
pub(crate) struct StmtRules<'t> {
    /// `statements`: one or more statements (a block's contents).
    pub statements: Rule<'t, Vec<Stmt>>,
    /// One `statement` (for interactive input).
    pub statement: Rule<'t, Vec<Stmt>>,
    /// What the rules above refer to, owned here (see `crate::slot`).
    pub _owned: (ExprRules<'t>, Slot<'t, Vec<Stmt>>, Slot<'t, Vec<Stmt>>),
}

pub(crate) fn stmt_rules<'t>() -> StmtRules<'t> {
    let x = expr_rules();
    let statements = Slot::new();
    let statements_r: Rule<'t, Vec<Stmt>> = statements.handle();

    let newline = crate::expr::tok(Tok::Newline);
    let block = choice((
        newline
            .clone()
            .ignore_then(crate::expr::tok(Tok::Indent))
            .ignore_then(statements_r.clone())
            .then_ignore(crate::expr::tok(Tok::Dedent)),
        simple_stmts(),
    ))
    .boxed();

    let else_block = kw(Kw::Else)
        .ignore_then(op(K::Colon))
        .ignore_then(block.clone());

    // --- function and class definitions ------------------------------------------
    let decorators = op(K::At)
        .ignore_then(x.named_expression.clone())
        .then_ignore(newline.clone())
        .repeated()
        .collect::<Vec<_>>();
    let function_def = kw(Kw::Async)
        .or_not()
        .then_ignore(kw(Kw::Def))
        .then(x.name.clone())
        .then(x.params.clone().delimited_by(op(K::Lpar), op(K::Rpar)))
        .then(op(K::Rarrow).ignore_then(x.expression.clone()).or_not())
        .then_ignore(op(K::Colon))
        .then(block.clone())
        .map_with(|((((is_async, name), params), returns), body), e| -> Stmt {
            let span = span(e);
            let args = Box::new(params.into_arguments());
            let returns = returns.map(Box::new);
            if is_async.is_some() {
                StmtAsyncFunctionDef {
                    span,
                    name,
                    args,
                    body,
                    decorator_list: Vec::new(),
                    returns,
                    type_comment: None,
                }
                .into()
            } else {
                StmtFunctionDef {
                    span,
                    name,
                    args,
                    body,
                    decorator_list: Vec::new(),
                    returns,
                    type_comment: None,
                }
                .into()
            }
        });
    let class_def = kw(Kw::Class)
        .ignore_then(x.name.clone())
        .then(
            op(K::Lpar)
                .ignore_then(class_arguments(&x))
                .then_ignore(op(K::Rpar))
                .or_not(),
        )
        .then_ignore(op(K::Colon))
        .then(block.clone())
        .map_with(|((name, args), body), e| -> Stmt {
            let args = args.unwrap_or_default();
            StmtClassDef {
                span: span(e),
                name,
                bases: args.args,
                keywords: args.keywords,
                body,
                decorator_list: Vec::new(),
            }
            .into()
        });
    let definition =
        decorators
            .then(choice((function_def, class_def)))
            .map(|(decorators, mut def)| {
                match &mut def {
                    Stmt::FunctionDef(f) => f.decorator_list = decorators,
                    Stmt::AsyncFunctionDef(f) => f.decorator_list = decorators,
                    Stmt::ClassDef(c) => c.decorator_list = decorators,
                    _ => {}
                }
                def
            });

    // --- if / while / for -------------------------------------------------------------
    let elif_chain = Slot::new();
    let elif_r: Rule<'t, Vec<Stmt>> = elif_chain.handle();
    elif_chain.define(choice((
        kw(Kw::Elif)
            .ignore_then(x.named_expression.clone())
            .then_ignore(op(K::Colon))
            .then(block.clone())
            .then(elif_r.clone().or_not())
            .map_with(|((test, body), orelse), e| {
                vec![StmtIf {
                    span: span(e),
                    test: Box::new(test),
                    body,
                    orelse: orelse.unwrap_or_default(),
                }
                .into()]
            }),
        else_block.clone(),
    )));
    let if_stmt = kw(Kw::If)
        .ignore_then(x.named_expression.clone())
        .then_ignore(op(K::Colon))
        .then(block.clone())
        .then(elif_r.or_not())
        .map_with(|((test, body), orelse), e| -> Stmt {
            StmtIf {
                span: span(e),
                test: Box::new(test),
                body,
                orelse: orelse.unwrap_or_default(),
            }
            .into()
        });
    let while_stmt = kw(Kw::While)
        .ignore_then(x.named_expression.clone())
        .then_ignore(op(K::Colon))
        .then(block.clone())
        .then(else_block.clone().or_not())
        .map_with(|((test, body), orelse), e| -> Stmt {
            StmtWhile {
                span: span(e),
                test: Box::new(test),
                body,
                orelse: orelse.unwrap_or_default(),
            }
            .into()
        });
    let for_stmt = kw(Kw::Async)
        .or_not()
        .then_ignore(kw(Kw::For))
        .then(x.star_targets.clone())
        .then_ignore(kw(Kw::In))
        .then(x.star_expressions.clone())
        .then_ignore(op(K::Colon))
        .then(block.clone())
        .then(else_block.clone().or_not())
        .map_with(|((((is_async, target), iter), body), orelse), e| -> Stmt {
            let (span, target, iter, orelse) = (
                span(e),
                Box::new(target),
                Box::new(iter),
                orelse.unwrap_or_default(),
            );
            if is_async.is_some() {
                StmtAsyncFor {
                    span,
                    target,
                    iter,
                    body,
                    orelse,
                    type_comment: None,
                }
                .into()
            } else {
                StmtFor {
                    span,
                    target,
                    iter,
                    body,
                    orelse,
                    type_comment: None,
                }
                .into()
            }
        });

    // --- with ---------------------------------------------------------------------------
    let with_item = x
        .expression
        .clone()
        .then(
            kw(Kw::As)
                .ignore_then(x.star_target.clone())
                .then_ignore(choice((op(K::Comma), op(K::Rpar), op(K::Colon))).rewind())
                .or_not(),
        )
        .map(|(context_expr, vars)| WithItem {
            context_expr,
            optional_vars: vars.map(Box::new),
        });
    let with_items = choice((
        with_item
            .clone()
            .separated_by(op(K::Comma))
            .at_least(1)
            .allow_trailing()
            .collect::<Vec<_>>()
            .delimited_by(op(K::Lpar), op(K::Rpar))
            .then_ignore(op(K::Colon).rewind()),
        with_item
            .separated_by(op(K::Comma))
            .at_least(1)
            .collect::<Vec<_>>(),
    ));
    let with_stmt = kw(Kw::Async)
        .or_not()
        .then_ignore(kw(Kw::With))
        .then(with_items)
        .then_ignore(op(K::Colon))
        .then(block.clone())
        .map_with(|((is_async, items), body), e| -> Stmt {
            if is_async.is_some() {
                StmtAsyncWith {
                    span: span(e),
                    items,
                    body,
                    type_comment: None,
                }
                .into()
            } else {
                StmtWith {
                    span: span(e),
                    items,
                    body,
                    type_comment: None,
                }
                .into()
            }
        });

    // --- try ----------------------------------------------------------------------------
    let handler = |star: bool| {
        let marker = if star {
            op(K::Star).ignored().boxed()
        } else {
            empty().boxed()
        };
        kw(Kw::Except)
            .ignore_then(marker)
            .ignore_then(
                x.expression
                    .clone()
                    .then(kw(Kw::As).ignore_then(x.name.clone()).or_not())
                    .or_not(),
            )
            .then_ignore(op(K::Colon))
            .then(block.clone())
            .map_with(|(clause, body), e| -> ExceptHandler {
                let (type_, name) = match clause {
                    Some((t, name)) => (Some(Box::new(t)), name),
                    None => (None, None),
                };
                ExceptHandlerExceptHandler {
                    span: span(e),
                    type_,
                    name,
                    body,
                }
                .into()
            })
    };
    let finally_block = kw(Kw::Finally)
        .ignore_then(op(K::Colon))
        .ignore_then(block.clone());
    let try_stmt = kw(Kw::Try)
        .ignore_then(op(K::Colon))
        .ignore_then(block.clone())
        .then(choice((
            handler(false)
                .repeated()
                .at_least(1)
                .collect::<Vec<_>>()
                .map(|h| (h, false)),
            handler(true)
                .repeated()
                .at_least(1)
                .collect::<Vec<_>>()
                .map(|h| (h, true)),
            empty().to((Vec::new(), false)),
        )))
        .then(else_block.clone().or_not())
        .then(finally_block.or_not())
        .try_map_with(|(((body, (handlers, star)), orelse), finalbody), e| {
            if handlers.is_empty() && finalbody.is_none() {
                return Err(NoMatch::default());
            }
            if handlers.is_empty() && orelse.is_some() {
                return Err(NoMatch::default());
            }
            let (span, orelse, finalbody) = (
                span(e),
                orelse.unwrap_or_default(),
                finalbody.unwrap_or_default(),
            );
            Ok(if star {
                Stmt::from(StmtTryStar {
                    span,
                    body,
                    handlers,
                    orelse,
                    finalbody,
                })
            } else {
                Stmt::from(StmtTry {
                    span,
                    body,
                    handlers,
                    orelse,
                    finalbody,
                })
            })
        });

    // --- match --------------------------------------------------------------------------
    let subject = choice((
        x.star_named_expression
            .clone()
            .then_ignore(op(K::Comma))
            .then(
                x.star_named_expression
                    .clone()
                    .separated_by(op(K::Comma))
                    .allow_trailing()
                    .collect::<Vec<_>>(),
            )
            .map_with(|(first, rest), e| -> Expr {
                let mut elts = vec![first];
                elts.extend(rest);
                ExprTuple {
                    span: span(e),
                    elts,
                    ctx: ExprContext::Load,
                }
                .into()
            }),
        x.named_expression.clone(),
    ));
    let case_block = crate::expr::tok(Tok::Soft(Soft::Case))
        .ignore_then(patterns(&x))
        .then(kw(Kw::If).ignore_then(x.named_expression.clone()).or_not())
        .then_ignore(op(K::Colon))
        .then(block.clone())
        .map(|((pattern, guard), body)| MatchCase {
            pattern,
            guard: guard.map(Box::new),
            body,
        });
    let match_stmt = crate::expr::tok(Tok::Soft(Soft::Match))
        .ignore_then(subject)
        .then_ignore(op(K::Colon))
        .then_ignore(newline.clone())
        .then_ignore(crate::expr::tok(Tok::Indent))
        .then(case_block.repeated().at_least(1).collect::<Vec<_>>())
        .then_ignore(crate::expr::tok(Tok::Dedent))
        .map_with(|(subject, cases), e| -> Stmt {
            StmtMatch {
                span: span(e),
                subject: Box::new(subject),
                cases,
            }
            .into()
        });

    // A statement is chosen by its first token, as the grammar's
    // alternatives all fail at once on any other: only `async` has
    // several, and only `match` (also a name) may turn out to be a simple
    // statement after all. Statements are appended to the block being
    // built, without a list per line.
    let (definition, if_stmt, while_stmt) =
        (definition.boxed(), if_stmt.boxed(), while_stmt.boxed());
    let (for_stmt, with_stmt, try_stmt) = (for_stmt.boxed(), with_stmt.boxed(), try_stmt.boxed());
    let match_stmt = match_stmt.boxed();
    let async_stmt = choice((definition.clone(), for_stmt.clone(), with_stmt.clone())).boxed();
    let statement_into = move |inp: &mut InputRef<'t, '_, In<'t>, Extra<'t>>,
                               body: &mut Vec<Stmt>|
          -> Result<(), NoMatch> {
        let compound = match inp.peek() {
            Some(Tok::Soft(Soft::Match)) => {
                let before = inp.save();
                if let Ok(stmt) = inp.parse(&match_stmt) {
                    body.push(stmt);
                    return Ok(());
                }
                inp.rewind(before);
                None
            }
            Some(Tok::Op(K::At) | Tok::Kw(Kw::Def | Kw::Class)) => Some(&definition),
            Some(Tok::Kw(Kw::Async)) => Some(&async_stmt),
            Some(Tok::Kw(Kw::If)) => Some(&if_stmt),
            Some(Tok::Kw(Kw::While)) => Some(&while_stmt),
            Some(Tok::Kw(Kw::For)) => Some(&for_stmt),
            Some(Tok::Kw(Kw::With)) => Some(&with_stmt),
            Some(Tok::Kw(Kw::Try)) => Some(&try_stmt),
            _ => None,
        };
        match compound {
            Some(rule) => {
                body.push(inp.parse(rule)?);
                Ok(())
            }
            None => read(inp, |r| simple_stmts_into(r, body)),
        }
    };
    let one = statement_into.clone();
    let statement: Rule<'t, Vec<Stmt>> =
        custom(move |inp: &mut InputRef<'t, '_, In<'t>, Extra<'t>>| {
            let mut body = Vec::new();
            one(inp, &mut body)?;
            Ok(body)
        })
        .boxed();
    statements.define(custom(
        move |inp: &mut InputRef<'t, '_, In<'t>, Extra<'t>>| {
            let mut body = Vec::new();
            statement_into(inp, &mut body)?;
            loop {
                let before = inp.save();
                if statement_into(inp, &mut body).is_err() {
                    inp.rewind(before);
                    return Ok(body);
                }
            }
        },
    ));

    StmtRules {
        statements: statements_r,
        statement,
        _owned: (x, statements, elif_chain),
    }
}

fn class_arguments<'t>(x: &ExprRules<'t>) -> Rule<'t, CallArgs> {
    x.call_arguments.clone()
}

/// `simple_stmts`: simple statements separated by `;`, ending the line.
fn simple_stmts<'t>() -> Rule<'t, Vec<Stmt>> {
    custom(move |inp: &mut InputRef<'t, '_, In<'t>, Extra<'t>>| {
        let mut body = Vec::new();
        read(inp, |r| simple_stmts_into(r, &mut body))?;
        Ok(body)
    })
    .boxed()
}
