//! `match` statement patterns, as CPython 3.11's grammar defines them, as
//! plain functions over a [`Reader`].
//!
//! Where the grammar peeks at a token without fetching it (the names a
//! capture may be, the singletons, the sign of a complex number's
//! imaginary part), these functions peek too, so errors are reported where
//! CPython reports them.

use pyvm_ast::{
    Constant, Expr, ExprAttribute, ExprBinOp, ExprConstant, ExprContext, ExprName, ExprUnaryOp,
    Identifier, Operator, Pattern, PatternMatchAs, PatternMatchClass, PatternMatchMapping,
    PatternMatchOr, PatternMatchSequence, PatternMatchSingleton, PatternMatchStar,
    PatternMatchValue, UnaryOp,
};
use pyvm_lexer::TokenKind as K;
use pyvm_source::Span;

use crate::context::NoMatch;
use crate::error::ParseErrorKind;
use crate::expr::{expression, name};
use crate::number::parse_number;
use crate::primary::optional;
use crate::reader::{first_of, separated_by, Parsed, Reader};
use crate::strings::strings;
use crate::tokens::{Kw, Soft, Tok};

/// An argument of a class pattern.
enum ClassArg {
    Positional(Pattern),
    Keyword(Identifier, Pattern),
}

/// An item of a mapping pattern.
enum MappingItem {
    Pair(Expr, Pattern),
    Rest(Identifier),
}

/// The `patterns` of a `case`: an open sequence (`case a, b:`) or one pattern.
pub(crate) fn patterns(r: &mut Reader<'_, '_>) -> Parsed<Pattern> {
    let start = r.pos;
    let before = r.mark();
    if let Ok(patterns) = open_sequence(r) {
        return Ok(PatternMatchSequence {
            span: r.trimmed_span_from(start),
            patterns,
        }
        .into());
    }
    r.reset(before);
    pattern(r)
}

/// `pattern: as_pattern | or_pattern`
fn pattern(r: &mut Reader<'_, '_>) -> Parsed<Pattern> {
    // Patterns nest as deeply as brackets may (the lexer's limit).
    stacker::maybe_grow(64 * 1024, 1024 * 1024, || {
        let start = r.pos;
        let pattern = or_pattern(r)?;
        let before = r.mark();
        let name = match r.eat(Tok::Kw(Kw::As)) {
            true => match capture_target(r) {
                Ok(name) => Some(name),
                Err(_) => {
                    invalid_as_target(r, before.pos() + 1)?;
                    r.reset(before);
                    None
                }
            },
            false => {
                r.reset(before);
                None
            }
        };
        Ok(match name {
            Some(name) => PatternMatchAs {
                span: r.trimmed_span_from(start),
                pattern: Some(Box::new(pattern)),
                name: Some(name),
            }
            .into(),
            None => pattern,
        })
    })
}

/// After `as`, at token `at`, a target that is no capture: `_` or an
/// expression other than a name fails the parse with CPython's message
/// (its `invalid_as_pattern`); anything else is left to fail as invalid
/// syntax.
fn invalid_as_target(r: &mut Reader<'_, '_>, at: usize) -> Parsed<()> {
    r.pos = at;
    match r.peek() {
        Tok::Soft(Soft::Underscore) => r.fail(ParseErrorKind::UnderscoreTarget, r.spans[at]),
        Tok::Name | Tok::Soft(_) => Ok(()),
        _ => match expression(r) {
            Ok(target) => r.fail(ParseErrorKind::InvalidPatternTarget, target.span()),
            Err(_) => Ok(()),
        },
    }
}

/// `or_pattern: '|'.closed_pattern+`
fn or_pattern(r: &mut Reader<'_, '_>) -> Parsed<Pattern> {
    let start = r.pos;
    let mut patterns = separated_by(r, Tok::Op(K::Vbar), 1, false, closed_pattern)?;
    if patterns.len() == 1 {
        return Ok(patterns.pop().expect("one pattern"));
    }
    Ok(PatternMatchOr {
        span: r.trimmed_span_from(start),
        patterns,
    }
    .into())
}

fn closed_pattern(r: &mut Reader<'_, '_>) -> Parsed<Pattern> {
    first_of(
        r,
        &[
            literal_pattern,
            capture_pattern,
            wildcard_pattern,
            value_pattern,
            group_pattern,
            sequence_pattern,
            mapping_pattern,
            class_pattern,
        ],
    )
}

// --- literals ------------------------------------------------------------------------

/// A number token, real or imaginary as `want_imaginary` says (either if
/// `None`); the other kind fails the parse, as CPython's
/// `_PyPegen_ensure_real_number` and `_PyPegen_ensure_imaginary` do.
fn number(r: &mut Reader<'_, '_>, want_imaginary: Option<bool>) -> Parsed<Expr> {
    let start = r.pos;
    r.expect(Tok::Number)?;
    let value = parse_number(r.text(start));
    let imaginary = matches!(value, Constant::Complex { .. });
    match want_imaginary {
        Some(true) if !imaginary => {
            return r.fail(ParseErrorKind::ImaginaryRequired, r.spans[start]);
        }
        Some(false) if imaginary => {
            return r.fail(ParseErrorKind::RealRequired, r.spans[start]);
        }
        _ => {}
    }
    Ok(ExprConstant {
        span: r.trimmed_span_from(start),
        value,
        kind: None,
    }
    .into())
}

/// `['-'] NUMBER`, the number as `want_imaginary` says.
fn signed(r: &mut Reader<'_, '_>, want_imaginary: Option<bool>) -> Parsed<Expr> {
    let start = r.pos;
    let before = r.mark();
    let negated = (|| {
        r.expect(Tok::Op(K::Minus))?;
        number(r, want_imaginary)
    })();
    match negated {
        Ok(operand) => Ok(r.built(ExprUnaryOp {
            span: r.trimmed_span_from(start),
            op: UnaryOp::USub,
            operand: Box::new(operand),
        })),
        Err(_) => {
            r.reset(before);
            number(r, want_imaginary)
        }
    }
}

/// `complex_number: signed_real_number ('+' | '-') imaginary_number`
fn complex_number(r: &mut Reader<'_, '_>) -> Parsed<Expr> {
    let start = r.pos;
    let left = signed(r, Some(false))?;
    let op = match r.peek() {
        Tok::Op(K::Plus) => Operator::Add,
        Tok::Op(K::Minus) => Operator::Sub,
        _ => return Err(NoMatch::default()),
    };
    r.bump();
    let right = number(r, Some(true))?;
    Ok(r.built(ExprBinOp {
        span: r.trimmed_span_from(start),
        left: Box::new(left),
        op,
        right: Box::new(right),
    }))
}

/// `signed_number !('+' | '-')`
fn lone_signed_number(r: &mut Reader<'_, '_>) -> Parsed<Expr> {
    let number = signed(r, None)?;
    if r.sees(&[Tok::Op(K::Plus), Tok::Op(K::Minus)]) {
        return Err(NoMatch::default());
    }
    Ok(number)
}

/// `literal_expr` without the singletons: a number, a complex number or
/// strings (a lone number first, so that only a number followed by a sign
/// must be a real one).
fn literal_expr(r: &mut Reader<'_, '_>) -> Parsed<Expr> {
    first_of(r, &[lone_signed_number, complex_number, strings])
}

/// `None`, `True` or `False`, peeked at, not fetched.
fn singleton(r: &mut Reader<'_, '_>) -> Parsed<Constant> {
    let value = match r.peek() {
        Tok::Kw(Kw::None) => Constant::None,
        Tok::Kw(Kw::True) => Constant::Bool(true),
        Tok::Kw(Kw::False) => Constant::Bool(false),
        _ => return Err(NoMatch::default()),
    };
    r.bump();
    Ok(value)
}

fn singleton_expr(r: &mut Reader<'_, '_>) -> Parsed<Expr> {
    let start = r.pos;
    let value = singleton(r)?;
    Ok(ExprConstant {
        span: r.trimmed_span_from(start),
        value,
        kind: None,
    }
    .into())
}

/// `literal_pattern`: a literal expression or a singleton.
fn literal_pattern(r: &mut Reader<'_, '_>) -> Parsed<Pattern> {
    let start = r.pos;
    let before = r.mark();
    if let Ok(value) = literal_expr(r) {
        return Ok(PatternMatchValue {
            span: r.trimmed_span_from(start),
            value: Box::new(value),
        }
        .into());
    }
    r.reset(before);
    let value = singleton(r)?;
    Ok(PatternMatchSingleton {
        span: r.trimmed_span_from(start),
        value,
    }
    .into())
}

// --- names ---------------------------------------------------------------------------

/// `!('.' | '(' | '=')`: what may not follow a capture or a value.
fn not_after_name(r: &mut Reader<'_, '_>) -> Parsed<()> {
    if r.sees(&[Tok::Op(K::Dot), Tok::Op(K::Lpar), Tok::Op(K::Equal)]) {
        return Err(NoMatch::default());
    }
    Ok(())
}

/// `capture_target: !"_" NAME !('.' | '(' | '=')`.
fn capture_target(r: &mut Reader<'_, '_>) -> Parsed<Identifier> {
    let start = r.pos;
    r.fetch();
    if !matches!(
        r.peek(),
        Tok::Name | Tok::Soft(Soft::Match) | Tok::Soft(Soft::Case)
    ) {
        return Err(NoMatch::default());
    }
    r.bump();
    let name = r.identifier(start);
    not_after_name(r)?;
    Ok(name)
}

/// A name or a dotted name, as a `Name` or `Attribute` expression.
fn name_or_attr(r: &mut Reader<'_, '_>) -> Parsed<Expr> {
    let start = r.pos;
    let id = name(r)?;
    let first = ExprName {
        span: r.trimmed_span_from(start),
        id,
        ctx: ExprContext::Load,
    };
    let mut value = r.built(first);
    loop {
        let before = r.mark();
        let attr = (|| {
            r.expect(Tok::Op(K::Dot))?;
            name(r)
        })();
        let Ok(attr) = attr else {
            r.reset(before);
            return Ok(value);
        };
        value = ExprAttribute {
            span: r.trimmed_span_from(start),
            value: Box::new(value),
            attr,
            ctx: ExprContext::Load,
        }
        .into();
    }
}

/// `attr`: a dotted name with at least one dot.
fn attr(r: &mut Reader<'_, '_>) -> Parsed<Expr> {
    match name_or_attr(r)? {
        attr @ Expr::Attribute(_) => Ok(attr),
        _ => Err(NoMatch::default()),
    }
}

/// `value_pattern: attr !('.' | '(' | '=')`
fn value_pattern(r: &mut Reader<'_, '_>) -> Parsed<Pattern> {
    let start = r.pos;
    let value = attr(r)?;
    not_after_name(r)?;
    Ok(PatternMatchValue {
        span: r.trimmed_span_from(start),
        value: Box::new(value),
    }
    .into())
}

fn capture_pattern(r: &mut Reader<'_, '_>) -> Parsed<Pattern> {
    let start = r.pos;
    let name = capture_target(r)?;
    Ok(PatternMatchAs {
        span: r.trimmed_span_from(start),
        pattern: None,
        name: Some(name),
    }
    .into())
}

fn wildcard_pattern(r: &mut Reader<'_, '_>) -> Parsed<Pattern> {
    let start = r.pos;
    r.expect(Tok::Soft(Soft::Underscore))?;
    Ok(PatternMatchAs {
        span: r.trimmed_span_from(start),
        pattern: None,
        name: None,
    }
    .into())
}

// --- sequences -----------------------------------------------------------------------

/// `star_pattern: '*' (capture_target | wildcard_pattern)`
fn star_pattern(r: &mut Reader<'_, '_>) -> Parsed<Pattern> {
    let start = r.pos;
    r.expect(Tok::Op(K::Star))?;
    let before = r.mark();
    let name = match capture_target(r) {
        Ok(name) => Some(name),
        Err(_) => {
            r.reset(before);
            r.expect(Tok::Soft(Soft::Underscore))?;
            None
        }
    };
    Ok(PatternMatchStar {
        span: r.trimmed_span_from(start),
        name,
    }
    .into())
}

/// `maybe_star_pattern: star_pattern | pattern`
fn maybe_star(r: &mut Reader<'_, '_>) -> Parsed<Pattern> {
    first_of(r, &[star_pattern, pattern])
}

/// `maybe_sequence_pattern: ','.maybe_star_pattern+ ','?`
fn maybe_sequence(r: &mut Reader<'_, '_>) -> Parsed<Vec<Pattern>> {
    separated_by(r, Tok::Op(K::Comma), 1, true, maybe_star)
}

/// `open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?`
fn open_sequence(r: &mut Reader<'_, '_>) -> Parsed<Vec<Pattern>> {
    let first = maybe_star(r)?;
    r.expect(Tok::Op(K::Comma))?;
    let rest = optional(r, maybe_sequence);
    let mut patterns = vec![first];
    patterns.extend(rest.unwrap_or_default());
    Ok(patterns)
}

/// `'[' maybe_sequence_pattern? ']' | '(' open_sequence_pattern? ')'`
fn sequence_pattern(r: &mut Reader<'_, '_>) -> Parsed<Pattern> {
    let start = r.pos;
    let before = r.mark();
    let bracketed = (|| -> Parsed<_> {
        r.expect(Tok::Op(K::Lsqb))?;
        let patterns = optional(r, maybe_sequence);
        r.expect(Tok::Op(K::Rsqb))?;
        Ok(patterns)
    })();
    let patterns = match bracketed {
        Ok(patterns) => patterns,
        Err(_) => {
            r.reset(before);
            r.expect(Tok::Op(K::Lpar))?;
            let patterns = optional(r, open_sequence);
            r.expect(Tok::Op(K::Rpar))?;
            patterns
        }
    };
    Ok(PatternMatchSequence {
        span: r.trimmed_span_from(start),
        patterns: patterns.unwrap_or_default(),
    }
    .into())
}

/// `group_pattern: '(' pattern ')'`
fn group_pattern(r: &mut Reader<'_, '_>) -> Parsed<Pattern> {
    r.expect(Tok::Op(K::Lpar))?;
    let pattern = pattern(r)?;
    r.expect(Tok::Op(K::Rpar))?;
    Ok(pattern)
}

// --- mappings ------------------------------------------------------------------------

/// `'**' capture_target | (literal_expr | attr) ':' pattern`
fn mapping_item(r: &mut Reader<'_, '_>) -> Parsed<MappingItem> {
    let before = r.mark();
    let rest = (|| {
        r.expect(Tok::Op(K::DoubleStar))?;
        capture_target(r)
    })();
    if let Ok(name) = rest {
        return Ok(MappingItem::Rest(name));
    }
    r.reset(before);
    let key = first_of(r, &[literal_expr, singleton_expr, attr])?;
    r.expect(Tok::Op(K::Colon))?;
    let pattern = pattern(r)?;
    Ok(MappingItem::Pair(key, pattern))
}

/// `'{' items '}'`, a `**rest` only last.
fn mapping_pattern(r: &mut Reader<'_, '_>) -> Parsed<Pattern> {
    let start = r.pos;
    r.expect(Tok::Op(K::Lbrace))?;
    // Nothing may follow `**rest` but a comma and the brace.
    let mut seen_rest = false;
    let items = separated_by(r, Tok::Op(K::Comma), 0, true, |r| {
        if seen_rest {
            return Err(NoMatch::default());
        }
        let item = mapping_item(r)?;
        seen_rest = matches!(item, MappingItem::Rest(_));
        Ok(item)
    })?;
    r.expect(Tok::Op(K::Rbrace))?;
    let (mut keys, mut patterns, mut rest) = (Vec::new(), Vec::new(), None);
    for item in items {
        match item {
            MappingItem::Pair(key, pattern) => {
                keys.push(key);
                patterns.push(pattern);
            }
            MappingItem::Rest(name) => rest = Some(name),
        }
    }
    Ok(PatternMatchMapping {
        span: r.trimmed_span_from(start),
        keys,
        patterns,
        rest,
    }
    .into())
}

// --- classes -------------------------------------------------------------------------

/// `NAME '=' pattern | pattern`
fn class_arg(r: &mut Reader<'_, '_>) -> Parsed<ClassArg> {
    let before = r.mark();
    let keyword = (|| -> Parsed<_> {
        let name = name(r)?;
        r.expect(Tok::Op(K::Equal))?;
        Ok((name, pattern(r)?))
    })();
    if let Ok((name, pattern)) = keyword {
        return Ok(ClassArg::Keyword(name, pattern));
    }
    r.reset(before);
    pattern(r).map(ClassArg::Positional)
}

/// `name_or_attr '(' arguments ')'`, positional arguments first.
fn class_pattern(r: &mut Reader<'_, '_>) -> Parsed<Pattern> {
    let start = r.pos;
    let cls = name_or_attr(r)?;
    r.expect(Tok::Op(K::Lpar))?;
    let args = separated_by(r, Tok::Op(K::Comma), 0, true, class_arg)?;
    positional_after_keyword(r, &args)?;
    r.expect(Tok::Op(K::Rpar))?;
    let (mut patterns, mut kwd_attrs, mut kwd_patterns) = (Vec::new(), Vec::new(), Vec::new());
    for arg in args {
        match arg {
            ClassArg::Positional(pattern) => patterns.push(pattern),
            ClassArg::Keyword(name, pattern) => {
                kwd_attrs.push(name);
                kwd_patterns.push(pattern);
            }
        }
    }
    Ok(PatternMatchClass {
        span: r.trimmed_span_from(start),
        cls: Box::new(cls),
        patterns,
        kwd_attrs,
        kwd_patterns,
    }
    .into())
}

/// Positional patterns after a keyword one fail the parse, pointing from
/// the first of them to the last before the next keyword (CPython's
/// `invalid_class_pattern`).
fn positional_after_keyword(r: &mut Reader<'_, '_>, args: &[ClassArg]) -> Parsed<()> {
    let Some(first_keyword) = args
        .iter()
        .position(|arg| matches!(arg, ClassArg::Keyword(..)))
    else {
        return Ok(());
    };
    let late: Vec<Span> = args[first_keyword..]
        .iter()
        .skip_while(|arg| matches!(arg, ClassArg::Keyword(..)))
        .map_while(|arg| match arg {
            ClassArg::Positional(pattern) => Some(pattern.span()),
            ClassArg::Keyword(..) => None,
        })
        .collect();
    match (late.first(), late.last()) {
        (Some(first), Some(last)) => r.fail(
            ParseErrorKind::PositionalPatternAfterKeyword,
            first.cover(*last),
        ),
        _ => Ok(()),
    }
}
