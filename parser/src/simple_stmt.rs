//! Simple statements (`simple_stmts`: one line of them, separated by `;`),
//! as plain functions over a [`Reader`] like expressions: they are most
//! statements, and hold nothing but expressions. Compound statements and
//! blocks are in `stmt`.

use pyvm_ast::{
    Alias, Expr, ExprContext, Identifier, Operator, Stmt, StmtAnnAssign, StmtAssert, StmtAssign,
    StmtAugAssign, StmtBreak, StmtContinue, StmtDelete, StmtExpr, StmtGlobal, StmtImport,
    StmtImportFrom, StmtNonlocal, StmtPass, StmtRaise, StmtReturn,
};
use pyvm_lexer::TokenKind as K;

use crate::context::NoMatch;
use crate::error::{ParseErrorKind, TargetAction};
use crate::expr::{dotted_name, expression, name, star_expressions, yield_expr};
use crate::primary::{optional, primary};
use crate::reader::{Parsed, Reader};
use crate::target::{expression_name, to_target};
use crate::tokens::{Kw, Tok};

/// `simple_stmts`: simple statements separated by `;`, then the end of
/// the line, gathered into the block being read.
pub(crate) fn simple_stmts_into(r: &mut Reader<'_, '_>) -> Parsed<()> {
    if matches!(r.peek(), Tok::Dedent | Tok::EndMarker) {
        // Where every block ends: no statement starts here. The attempt
        // fails having fetched the token, as the expression rules would
        // (unless an error already ended the parse).
        if r.ctx.error.is_none() {
            r.fetch();
        }
        return Err(NoMatch::default());
    }
    let first = simple_stmt(r)?;
    r.gather(first);
    while r.at(Tok::Op(K::Semi)) {
        r.bump();
        if r.at(Tok::Newline) {
            break;
        }
        let next = simple_stmt(r)?;
        r.gather(next);
    }
    r.expect(Tok::Newline)
}

/// A simple statement, chosen by its first token; anything that is not a
/// statement keyword starts an expression statement.
fn simple_stmt(r: &mut Reader<'_, '_>) -> Parsed<Stmt> {
    let start = r.pos;
    let keyword = match r.peek() {
        Tok::Kw(keyword) => keyword,
        _ => return expression_stmt(r),
    };
    match keyword {
        Kw::Return => {
            r.expect(Tok::Kw(Kw::Return))?;
            let value = optional(r, star_expressions);
            Ok(StmtReturn {
                span: r.span_from(start),
                value: value.map(Box::new),
            }
            .into())
        }
        Kw::Import | Kw::From => import(r),
        Kw::Raise => raise(r),
        Kw::Pass | Kw::Break | Kw::Continue => {
            r.expect(Tok::Kw(keyword))?;
            let span = r.span_from(start);
            Ok(match keyword {
                Kw::Pass => StmtPass { span }.into(),
                Kw::Break => StmtBreak { span }.into(),
                _ => StmtContinue { span }.into(),
            })
        }
        Kw::Del => {
            let before = r.mark();
            if let Ok(stmt) = del(r) {
                return Ok(stmt);
            }
            r.reset(before);
            invalid_del(r)
        }
        Kw::Assert => {
            r.expect(Tok::Kw(Kw::Assert))?;
            let test = expression(r)?;
            let msg = optional(r, |r| {
                r.expect(Tok::Op(K::Comma))?;
                expression(r)
            });
            Ok(StmtAssert {
                span: r.span_from(start),
                test: Box::new(test),
                msg: msg.map(Box::new),
            }
            .into())
        }
        Kw::Global | Kw::Nonlocal => {
            r.expect(Tok::Kw(keyword))?;
            let names = names(r)?;
            let span = r.span_from(start);
            Ok(if keyword == Kw::Global {
                StmtGlobal { span, names }.into()
            } else {
                StmtNonlocal { span, names }.into()
            })
        }
        _ => expression_stmt(r),
    }
}

/// `raise [expression ['from' expression]]`
fn raise(r: &mut Reader<'_, '_>) -> Parsed<Stmt> {
    let start = r.pos;
    r.expect(Tok::Kw(Kw::Raise))?;
    let clause = optional(r, |r| {
        let exc = expression(r)?;
        let cause = optional(r, |r| {
            r.expect(Tok::Kw(Kw::From))?;
            expression(r)
        });
        Ok((exc, cause))
    });
    let (exc, cause) = match clause {
        Some((exc, cause)) => (Some(Box::new(exc)), cause.map(Box::new)),
        None => (None, None),
    };
    Ok(StmtRaise {
        span: r.span_from(start),
        exc,
        cause,
    }
    .into())
}

/// `del del_targets`, followed by `;` or the end of the line.
fn del(r: &mut Reader<'_, '_>) -> Parsed<Stmt> {
    let start = r.pos;
    r.expect(Tok::Kw(Kw::Del))?;
    let targets = del_targets(r)?;
    let end = r.pos;
    if !r.eat(Tok::Op(K::Semi)) && !r.eat(Tok::Newline) {
        return Err(NoMatch::default());
    }
    r.pos = end;
    Ok(StmtDelete {
        span: r.span_from(start),
        targets,
    }
    .into())
}

/// `del f()`: CPython names the part that cannot be deleted.
fn invalid_del(r: &mut Reader<'_, '_>) -> Parsed<Stmt> {
    let start = r.pos;
    r.expect(Tok::Kw(Kw::Del))?;
    let targets = star_expressions(r)?;
    let (kind, at) = match to_target(targets, ExprContext::Del) {
        Err(bad) => (
            ParseErrorKind::InvalidTarget {
                action: TargetAction::Delete,
                what: bad.what,
            },
            bad.span,
        ),
        Ok(_) => (ParseErrorKind::InvalidSyntax, r.span_from(start)),
    };
    r.fail(kind, at)
}

/// `del_targets`: `del_target (',' del_target)* [',']`, in `Del` context.
fn del_targets(r: &mut Reader<'_, '_>) -> Parsed<Vec<Expr>> {
    let mut targets = vec![del_target(r)?];
    while r.eat(Tok::Op(K::Comma)) {
        match optional(r, del_target) {
            Some(target) => targets.push(target),
            // A trailing comma.
            None => break,
        }
    }
    Ok(targets)
}

/// A `primary` that can be deleted, in `Del` context.
fn del_target(r: &mut Reader<'_, '_>) -> Parsed<Expr> {
    let value = primary(r)?;
    to_target(value, ExprContext::Del).map_err(|_| NoMatch::default())
}

/// `NAME (',' NAME)*` of `global` and `nonlocal`.
fn names(r: &mut Reader<'_, '_>) -> Parsed<Vec<Identifier>> {
    let mut names = vec![name(r)?];
    loop {
        let before = r.mark();
        if !r.eat(Tok::Op(K::Comma)) {
            return Ok(names);
        }
        match name(r) {
            Ok(name) => names.push(name),
            Err(_) => {
                r.reset(before);
                return Ok(names);
            }
        }
    }
}

/// What follows the first expression of an expression statement.
enum Tail {
    Annotation(Expr, Option<Expr>),
    Augmented(Operator, Expr),
    /// The targets after the first (of `a = b = c`, `b`), and the value:
    /// most assignments have one target, and no list is made for them.
    Assign(Vec<Expr>, Expr),
    Expression,
}

/// The right-hand side of an assignment: `yield_expr | star_expressions`.
fn right_hand_side(r: &mut Reader<'_, '_>) -> Parsed<Expr> {
    if r.at(Tok::Kw(Kw::Yield)) {
        yield_expr(r)
    } else {
        star_expressions(r)
    }
}

/// An expression statement or an assignment of any kind: the first
/// expression, then what follows it decides the statement.
fn expression_stmt(r: &mut Reader<'_, '_>) -> Parsed<Stmt> {
    let start = r.pos;
    let first = right_hand_side(r)?;
    let tail = match r.peek() {
        Tok::Op(K::Colon) => {
            r.bump();
            let annotation = expression(r)?;
            let value = if r.at(Tok::Op(K::Equal)) {
                r.bump();
                Some(right_hand_side(r)?)
            } else {
                None
            };
            Tail::Annotation(annotation, value)
        }
        Tok::Op(K::Equal) => {
            r.bump();
            let mut value = right_hand_side(r)?;
            let mut more_targets = Vec::new();
            while r.at(Tok::Op(K::Equal)) {
                r.bump();
                let next = right_hand_side(r)?;
                more_targets.push(std::mem::replace(&mut value, next));
            }
            Tail::Assign(more_targets, value)
        }
        Tok::Op(kind) => match augmented_operator(kind) {
            Some(op) => {
                r.bump();
                Tail::Augmented(op, right_hand_side(r)?)
            }
            None => Tail::Expression,
        },
        _ => Tail::Expression,
    };
    let at = r.span_from(start);
    match tail {
        Tail::Expression => Ok(StmtExpr {
            span: at,
            value: Box::new(first),
        }
        .into()),
        Tail::Annotation(annotation, value) => {
            let parenthesized = r.toks[start] == Tok::Op(K::Lpar);
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
                    return r.fail(kind, other.span());
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
        Tail::Augmented(op, value) => {
            let target = match first {
                Expr::Name(_) | Expr::Attribute(_) | Expr::Subscript(_) => {
                    to_target(first, ExprContext::Store).map_err(|_| NoMatch::default())?
                }
                other => {
                    let kind = target_error(TargetAction::AugmentedAssign, &other);
                    return r.fail(kind, other.span());
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
        Tail::Assign(rest, value) => {
            let single = rest.is_empty();
            let mut targets = Vec::with_capacity(rest.len() + 1);
            for (index, target) in std::iter::once(first).chain(rest).enumerate() {
                if matches!(target, Expr::Yield(_) | Expr::YieldFrom(_)) {
                    return r.fail(ParseErrorKind::YieldTarget, target.span());
                }
                // CPython's `invalid_named_expression` words it as a likely
                // `==` typo when the whole left side of a lone `=` is an
                // operand-level expression.
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
                        return r.fail(kind, bad.span);
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

pub(crate) fn target_error(action: TargetAction, expr: &Expr) -> ParseErrorKind {
    ParseErrorKind::InvalidTarget {
        action,
        what: expression_name(expr),
    }
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

// --- import ------------------------------------------------------------------------

/// `import_name | import_from`
fn import(r: &mut Reader<'_, '_>) -> Parsed<Stmt> {
    let start = r.pos;
    if r.eat(Tok::Kw(Kw::Import)) {
        let names = separated(r, dotted_as_name)?;
        return Ok(StmtImport {
            span: r.span_from(start),
            names,
        }
        .into());
    }
    r.expect(Tok::Kw(Kw::From))?;
    // Dots are matched without fetching, as the grammar's `select!` did.
    let mut level = 0;
    loop {
        match r.peek() {
            Tok::Op(K::Dot) => level += 1,
            Tok::Op(K::Ellipsis) => level += 3,
            _ => break,
        }
        r.bump();
    }
    let module = optional(r, dotted_name);
    if level == 0 && module.is_none() {
        return Err(NoMatch::default());
    }
    r.expect(Tok::Kw(Kw::Import))?;
    let names = import_targets(r)?;
    Ok(StmtImportFrom {
        span: r.span_from(start),
        module,
        names,
        level,
    }
    .into())
}

/// What `from … import` imports: `'(' as_names [','] ')'`, `as_names`
/// not followed by a comma, or `*`.
fn import_targets(r: &mut Reader<'_, '_>) -> Parsed<Vec<Alias>> {
    let before = r.mark();
    let parenthesized = (|| {
        r.expect(Tok::Op(K::Lpar))?;
        let mut names = vec![as_name(r)?];
        while r.eat(Tok::Op(K::Comma)) {
            match optional(r, as_name) {
                Some(name) => names.push(name),
                // A trailing comma.
                None => break,
            }
        }
        r.expect(Tok::Op(K::Rpar))?;
        Ok(names)
    })();
    if parenthesized.is_ok() {
        return parenthesized;
    }
    r.reset(before);
    let plain = (|| {
        let names = separated(r, as_name)?;
        // `from a import b,` needs parentheses.
        let after = r.mark();
        let comma = r.eat(Tok::Op(K::Comma));
        r.reset(after);
        if comma {
            return Err(NoMatch::default());
        }
        Ok(names)
    })();
    if plain.is_ok() {
        return plain;
    }
    r.reset(before);
    let start = r.pos;
    r.expect(Tok::Op(K::Star))?;
    Ok(vec![Alias {
        span: r.span_from(start),
        name: "*".into(),
        asname: None,
    }])
}

/// `item (',' item)*`, at least one, not taking a trailing comma.
fn separated<T>(
    r: &mut Reader<'_, '_>,
    item: impl Fn(&mut Reader<'_, '_>) -> Parsed<T>,
) -> Parsed<Vec<T>> {
    let mut items = vec![item(r)?];
    loop {
        let before = r.mark();
        if !r.eat(Tok::Op(K::Comma)) {
            return Ok(items);
        }
        match item(r) {
            Ok(next) => items.push(next),
            Err(_) => {
                r.reset(before);
                return Ok(items);
            }
        }
    }
}

/// `dotted_name ['as' NAME]`
fn dotted_as_name(r: &mut Reader<'_, '_>) -> Parsed<Alias> {
    let start = r.pos;
    let name = dotted_name(r)?;
    alias(r, start, name)
}

/// `NAME ['as' NAME]`
fn as_name(r: &mut Reader<'_, '_>) -> Parsed<Alias> {
    let start = r.pos;
    let name = name(r)?;
    alias(r, start, name)
}

fn alias(r: &mut Reader<'_, '_>, start: usize, name: Identifier) -> Parsed<Alias> {
    let asname = optional(r, |r| {
        r.expect(Tok::Kw(Kw::As))?;
        crate::expr::name(r)
    });
    Ok(Alias {
        span: r.span_from(start),
        name,
        asname,
    })
}
