//! Statements and blocks, as CPython 3.11's grammar defines them.

use chumsky::input::InputRef;
use chumsky::prelude::*;

use crate::context::NoMatch;
use pyvm_ast::{
    Alias, ExceptHandler, ExceptHandlerExceptHandler, Expr, ExprContext, ExprTuple, Identifier,
    MatchCase, Operator, Stmt, StmtAnnAssign, StmtAssert, StmtAssign, StmtAsyncFor,
    StmtAsyncFunctionDef, StmtAsyncWith, StmtAugAssign, StmtBreak, StmtClassDef, StmtContinue,
    StmtDelete, StmtExpr, StmtFor, StmtFunctionDef, StmtGlobal, StmtIf, StmtImport, StmtImportFrom,
    StmtMatch, StmtNonlocal, StmtPass, StmtRaise, StmtReturn, StmtTry, StmtTryStar, StmtWhile,
    StmtWith, WithItem,
};
use pyvm_lexer::TokenKind as K;
use pyvm_source::Span;

use crate::arguments::CallArgs;
use crate::context::{span, Ctx, Extra, In, Rule};
use crate::error::{ParseError, ParseErrorKind, TargetAction};
use crate::expr::{expr_rules, kw, op, ExprRules};
use crate::pattern::patterns;
use crate::slot::Slot;
use crate::target::{expression_name, to_target};
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

#[derive(Clone)]
enum ExprStmtTail {
    Annotation(Expr, Option<Expr>),
    Augmented(Operator, Expr),
    Assign(Vec<Expr>),
    Expression,
}

fn fail<T>(
    e: &mut crate::context::Ex<'_, '_>,
    kind: ParseErrorKind,
    at: Span,
) -> Result<T, NoMatch> {
    e.state().record(ParseError { kind, span: at });
    Err(NoMatch::default())
}

/// Whether CPython would read `target = value` as a mistyped comparison:
/// its `invalid_named_expression` rule matches a `bitwise_or` that is not
/// a list, tuple, generator expression or `True`/`False`/`None`.
fn suggests_comparison(target: &Expr) -> bool {
    use pyvm_ast::{Constant, UnaryOp};
    match target {
        Expr::List(_)
        | Expr::Tuple(_)
        | Expr::GeneratorExp(_)
        | Expr::Compare(_)
        | Expr::BoolOp(_) => false,
        Expr::IfExp(_) | Expr::Lambda(_) | Expr::Starred(_) => false,
        Expr::UnaryOp(u) => u.op != UnaryOp::Not,
        Expr::Constant(c) => !matches!(c.value, Constant::Bool(_) | Constant::None),
        _ => true,
    }
}

fn target_error(action: TargetAction, expr: &Expr) -> ParseErrorKind {
    ParseErrorKind::InvalidTarget {
        action,
        what: expression_name(expr),
    }
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
        simple_stmts(&x),
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

    let compound = choice((
        definition, if_stmt, while_stmt, for_stmt, with_stmt, try_stmt, match_stmt,
    ))
    .boxed();

    // A statement is chosen by its first token: only `match` (also a
    // name) may turn out to be a simple statement after all. Statements
    // are appended to the block being built, without a list per line.
    let compound = compound.boxed();
    let simple = simple_stmt(&x);
    let statement_into = move |inp: &mut InputRef<'t, '_, In<'t>, Extra<'t>>,
                               body: &mut Vec<Stmt>|
          -> Result<(), NoMatch> {
        match inp.peek() {
            Some(Tok::Soft(Soft::Match)) => {
                let before = inp.save();
                if let Ok(stmt) = inp.parse(&compound) {
                    body.push(stmt);
                    return Ok(());
                }
                inp.rewind(before);
            }
            Some(
                Tok::Op(K::At)
                | Tok::Kw(
                    Kw::Def
                    | Kw::Class
                    | Kw::Async
                    | Kw::If
                    | Kw::While
                    | Kw::For
                    | Kw::With
                    | Kw::Try,
                ),
            ) => {
                body.push(inp.parse(&compound)?);
                return Ok(());
            }
            _ => {}
        }
        simple_stmts_into(inp, &simple, body)
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
fn simple_stmts<'t>(x: &ExprRules<'t>) -> Rule<'t, Vec<Stmt>> {
    let simple = simple_stmt(x);
    custom(move |inp: &mut InputRef<'t, '_, In<'t>, Extra<'t>>| {
        let mut body = Vec::new();
        simple_stmts_into(inp, &simple, &mut body)?;
        Ok(body)
    })
    .boxed()
}

/// Parses `simple_stmts` onto the end of `body`.
fn simple_stmts_into<'t>(
    inp: &mut InputRef<'t, '_, In<'t>, Extra<'t>>,
    simple: &Rule<'t, Stmt>,
    body: &mut Vec<Stmt>,
) -> Result<(), NoMatch> {
    body.push(inp.parse(simple)?);
    while inp.peek() == Some(Tok::Op(K::Semi)) {
        inp.skip();
        if inp.peek() == Some(Tok::Newline) {
            break;
        }
        body.push(inp.parse(simple)?);
    }
    inp.parse(crate::expr::tok(Tok::Newline))?;
    Ok(())
}

/// The operator of an augmented assignment token (`+=` → `+`).
fn augmented_operator(kind: K) -> Option<Operator> {
    Some(match kind {
        K::PlusEqual => Operator::Add,
        K::MinEqual => Operator::Sub,
        K::StarEqual => Operator::Mult,
        K::AtEqual => Operator::MatMult,
        K::SlashEqual => Operator::Div,
        K::PercentEqual => Operator::Mod,
        K::AmperEqual => Operator::BitAnd,
        K::VbarEqual => Operator::BitOr,
        K::CircumflexEqual => Operator::BitXor,
        K::LeftShiftEqual => Operator::LShift,
        K::RightShiftEqual => Operator::RShift,
        K::DoubleStarEqual => Operator::Pow,
        K::DoubleSlashEqual => Operator::FloorDiv,
        _ => return None,
    })
}

fn simple_stmt<'t>(x: &ExprRules<'t>) -> Rule<'t, Stmt> {
    // The right-hand side of an assignment: `yield_expr | star_expressions`.
    let (yield_expr, star_expressions) = (x.yield_expr.clone(), x.star_expressions.clone());
    let rhs = move |inp: &mut InputRef<'t, '_, In<'t>, Extra<'t>>| {
        if inp.peek() == Some(Tok::Kw(Kw::Yield)) {
            inp.parse(&yield_expr)
        } else {
            inp.parse(&star_expressions)
        }
    };
    let annotation = x.expression.clone();
    // The first expression, then what follows it decides the statement.
    let expr_stmt = custom(move |inp: &mut InputRef<'t, '_, In<'t>, Extra<'t>>| {
        let first = rhs(inp)?;
        let tail = match inp.peek() {
            Some(Tok::Op(K::Colon)) => {
                inp.skip();
                let annotation = inp.parse(&annotation)?;
                let value = if inp.peek() == Some(Tok::Op(K::Equal)) {
                    inp.skip();
                    Some(rhs(inp)?)
                } else {
                    None
                };
                ExprStmtTail::Annotation(annotation, value)
            }
            Some(Tok::Op(K::Equal)) => {
                let mut values = Vec::new();
                while inp.peek() == Some(Tok::Op(K::Equal)) {
                    inp.skip();
                    values.push(rhs(inp)?);
                }
                ExprStmtTail::Assign(values)
            }
            Some(Tok::Op(kind)) => match augmented_operator(kind) {
                Some(op) => {
                    inp.skip();
                    ExprStmtTail::Augmented(op, rhs(inp)?)
                }
                None => ExprStmtTail::Expression,
            },
            _ => ExprStmtTail::Expression,
        };
        Ok((first, tail))
    })
    .try_map_with(|(first, tail), e| {
        let at = span(e);
        let parenthesized = {
            let start = e.span().start;
            let ctx: &mut Ctx<'_> = e.state();
            ctx.toks.get(start) == Some(&Tok::Op(K::Lpar))
        };
        match tail {
            ExprStmtTail::Expression => Ok(StmtExpr {
                span: at,
                value: Box::new(first),
            }
            .into()),
            ExprStmtTail::Annotation(annotation, value) => {
                let simple = matches!(first, Expr::Name(_)) && !parenthesized;
                let target = match first {
                    Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_) => {
                        to_target(first, ExprContext::Store).map_err(|_| NoMatch::default())?
                    }
                    other => {
                        let kind = match other {
                            Expr::Tuple(_) | Expr::List(_) => {
                                target_error(TargetAction::Annotate, &other)
                            }
                            _ => ParseErrorKind::InvalidSyntax,
                        };
                        return fail(e, kind, other.span());
                    }
                };
                Ok(StmtAnnAssign {
                    span: at,
                    target: Box::new(target),
                    annotation: Box::new(annotation),
                    value: value.map(Box::new),
                    simple,
                }
                .into())
            }
            ExprStmtTail::Augmented(op, value) => {
                let target = match first {
                    Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_) => {
                        to_target(first, ExprContext::Store).map_err(|_| NoMatch::default())?
                    }
                    other => {
                        return fail(
                            e,
                            target_error(TargetAction::AugmentedAssign, &other),
                            other.span(),
                        );
                    }
                };
                Ok(StmtAugAssign {
                    span: at,
                    target: Box::new(target),
                    op,
                    value: Box::new(value),
                }
                .into())
            }
            ExprStmtTail::Assign(mut rest) => {
                let value = rest.pop().expect("at least one `= value`");
                let single = rest.is_empty();
                let mut targets = Vec::with_capacity(rest.len() + 1);
                for (index, target) in std::iter::once(first).chain(rest).enumerate() {
                    if matches!(target, Expr::Yield(_) | Expr::YieldFrom(_)) {
                        return fail(e, ParseErrorKind::YieldTarget, target.span());
                    }
                    // CPython's `invalid_named_expression` words it as a
                    // likely `==` typo when the whole left side of a
                    // lone `=` is an operand-level expression.
                    let suggest = index == 0 && single && suggests_comparison(&target);
                    match to_target(target, ExprContext::Store) {
                        Ok(t) => targets.push(t),
                        Err(bad) => {
                            let action = if suggest {
                                TargetAction::AssignHere
                            } else {
                                TargetAction::Assign
                            };
                            let kind = ParseErrorKind::InvalidTarget {
                                action,
                                what: bad.what,
                            };
                            return fail(e, kind, bad.span);
                        }
                    }
                }
                Ok(StmtAssign {
                    span: at,
                    targets,
                    value: Box::new(value),
                    type_comment: None,
                }
                .into())
            }
        }
    });

    let return_stmt = kw(Kw::Return)
        .ignore_then(x.star_expressions.clone().or_not())
        .map_with(|value, e| -> Stmt {
            StmtReturn {
                span: span(e),
                value: value.map(Box::new),
            }
            .into()
        });
    let raise_stmt = kw(Kw::Raise)
        .ignore_then(
            x.expression
                .clone()
                .then(kw(Kw::From).ignore_then(x.expression.clone()).or_not())
                .or_not(),
        )
        .map_with(|clause, e| -> Stmt {
            let (exc, cause) = match clause {
                Some((exc, cause)) => (Some(Box::new(exc)), cause.map(Box::new)),
                None => (None, None),
            };
            StmtRaise {
                span: span(e),
                exc,
                cause,
            }
            .into()
        });
    let pass = kw(Kw::Pass).map_with(|_, e| -> Stmt { StmtPass { span: span(e) }.into() });
    let break_ = kw(Kw::Break).map_with(|_, e| -> Stmt { StmtBreak { span: span(e) }.into() });
    let continue_ =
        kw(Kw::Continue).map_with(|_, e| -> Stmt { StmtContinue { span: span(e) }.into() });
    // `del f()`: CPython names the part that cannot be deleted.
    let invalid_del = kw(Kw::Del)
        .ignore_then(x.star_expressions.clone())
        .try_map_with(|targets, e| {
            let bad = to_target(targets, ExprContext::Del).err();
            let (kind, at) = match bad {
                Some(bad) => (
                    ParseErrorKind::InvalidTarget {
                        action: TargetAction::Delete,
                        what: bad.what,
                    },
                    bad.span,
                ),
                None => (ParseErrorKind::InvalidSyntax, span(e)),
            };
            fail::<Stmt>(e, kind, at)
        });
    let del_stmt = kw(Kw::Del)
        .ignore_then(x.del_targets.clone())
        .then_ignore(choice((op(K::Semi), crate::expr::tok(Tok::Newline))).rewind())
        .map_with(|targets, e| -> Stmt {
            StmtDelete {
                span: span(e),
                targets,
            }
            .into()
        });
    let assert_stmt = kw(Kw::Assert)
        .ignore_then(x.expression.clone())
        .then(op(K::Comma).ignore_then(x.expression.clone()).or_not())
        .map_with(|(test, msg), e| -> Stmt {
            StmtAssert {
                span: span(e),
                test: Box::new(test),
                msg: msg.map(Box::new),
            }
            .into()
        });
    let names = x
        .name
        .clone()
        .separated_by(op(K::Comma))
        .at_least(1)
        .collect::<Vec<Identifier>>();
    let global = kw(Kw::Global)
        .ignore_then(names.clone())
        .map_with(|names, e| -> Stmt {
            StmtGlobal {
                span: span(e),
                names,
            }
            .into()
        });
    let nonlocal = kw(Kw::Nonlocal)
        .ignore_then(names)
        .map_with(|names, e| -> Stmt {
            StmtNonlocal {
                span: span(e),
                names,
            }
            .into()
        });

    // A simple statement is chosen by its first token; anything that is not
    // a statement keyword starts an expression statement.
    let (return_stmt, import, raise_stmt, pass, del_stmt, invalid_del) = (
        return_stmt.boxed(),
        import_stmt(x),
        raise_stmt.boxed(),
        pass.boxed(),
        del_stmt.boxed(),
        invalid_del.boxed(),
    );
    let (assert_stmt, break_, continue_, global, nonlocal, expr_stmt) = (
        assert_stmt.boxed(),
        break_.boxed(),
        continue_.boxed(),
        global.boxed(),
        nonlocal.boxed(),
        expr_stmt.boxed(),
    );
    custom(
        move |inp: &mut InputRef<'t, '_, In<'t>, Extra<'t>>| match inp.peek() {
            Some(Tok::Kw(Kw::Return)) => inp.parse(&return_stmt),
            Some(Tok::Kw(Kw::Import | Kw::From)) => inp.parse(&import),
            Some(Tok::Kw(Kw::Raise)) => inp.parse(&raise_stmt),
            Some(Tok::Kw(Kw::Pass)) => inp.parse(&pass),
            Some(Tok::Kw(Kw::Del)) => {
                let before = inp.save();
                match inp.parse(&del_stmt) {
                    Ok(stmt) => Ok(stmt),
                    Err(_) => {
                        inp.rewind(before);
                        inp.parse(&invalid_del)
                    }
                }
            }
            Some(Tok::Kw(Kw::Assert)) => inp.parse(&assert_stmt),
            Some(Tok::Kw(Kw::Break)) => inp.parse(&break_),
            Some(Tok::Kw(Kw::Continue)) => inp.parse(&continue_),
            Some(Tok::Kw(Kw::Global)) => inp.parse(&global),
            Some(Tok::Kw(Kw::Nonlocal)) => inp.parse(&nonlocal),
            _ => inp.parse(&expr_stmt),
        },
    )
    .boxed()
}

fn import_stmt<'t>(x: &ExprRules<'t>) -> Rule<'t, Stmt> {
    let dotted_as_name = x
        .dotted_name
        .clone()
        .then(kw(Kw::As).ignore_then(x.name.clone()).or_not())
        .map_with(|(name, asname), e| Alias {
            span: span(e),
            name,
            asname,
        });
    let import_name = kw(Kw::Import)
        .ignore_then(
            dotted_as_name
                .separated_by(op(K::Comma))
                .at_least(1)
                .collect::<Vec<_>>(),
        )
        .map_with(|names, e| -> Stmt {
            StmtImport {
                span: span(e),
                names,
            }
            .into()
        });

    let as_name = x
        .name
        .clone()
        .then(kw(Kw::As).ignore_then(x.name.clone()).or_not())
        .map_with(|(name, asname), e| Alias {
            span: span(e),
            name,
            asname,
        });
    let as_names = as_name.separated_by(op(K::Comma)).at_least(1);
    let targets = choice((
        as_names
            .clone()
            .allow_trailing()
            .collect::<Vec<_>>()
            .delimited_by(op(K::Lpar), op(K::Rpar)),
        as_names.collect::<Vec<_>>().then_ignore(op(K::Comma).not()),
        op(K::Star).map_with(|_, e| {
            vec![Alias {
                span: span(e),
                name: "*".into(),
                asname: None,
            }]
        }),
    ));
    let dots = select! { Tok::Op(K::Dot) => 1u32, Tok::Op(K::Ellipsis) => 3u32 }
        .repeated()
        .collect::<Vec<u32>>()
        .map(|dots| dots.iter().sum::<u32>());
    let import_from = kw(Kw::From)
        .ignore_then(dots)
        .then(x.dotted_name.clone().or_not())
        .try_map_with(|(level, module), _| {
            if level == 0 && module.is_none() {
                return Err(NoMatch::default());
            }
            Ok((level, module))
        })
        .then_ignore(kw(Kw::Import))
        .then(targets)
        .map_with(|((level, module), names), e| -> Stmt {
            StmtImportFrom {
                span: span(e),
                module,
                names,
                level,
            }
            .into()
        });
    choice((import_name, import_from)).boxed()
}
