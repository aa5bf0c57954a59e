//! `match` statement patterns, as CPython 3.11's grammar defines them.

use chumsky::prelude::*;

use crate::context::NoMatch;
use pyvm_ast::{
    Constant, Expr, ExprAttribute, ExprBinOp, ExprConstant, ExprContext, ExprName, ExprUnaryOp,
    Identifier, Operator, Pattern, PatternMatchAs, PatternMatchClass, PatternMatchMapping,
    PatternMatchOr, PatternMatchSequence, PatternMatchSingleton, PatternMatchStar,
    PatternMatchValue, UnaryOp,
};
use pyvm_lexer::TokenKind as K;

use crate::context::{first_text, span, Extra, In, Rule};
use crate::expr::{kw, op, ExprRules};
use crate::number::parse_number;
use crate::slot::Slot;
use crate::tokens::{Kw, Soft, Tok};

#[derive(Clone)]
enum ClassArg {
    Positional(Pattern),
    Keyword(Identifier, Pattern),
}

#[derive(Clone)]
enum MappingItem {
    Pair(Expr, Pattern),
    Rest(Identifier),
}

fn number<'t>(want_imaginary: Option<bool>) -> impl Parser<'t, In<'t>, Expr, Extra<'t>> + Clone {
    crate::expr::tok(Tok::Number).try_map_with(move |_, e| {
        let value = parse_number(first_text(e));
        let imaginary = matches!(value, Constant::Complex { .. });
        if want_imaginary.is_some_and(|want| want != imaginary) {
            return Err(NoMatch::default());
        }
        Ok(ExprConstant {
            span: span(e),
            value,
            kind: None,
        }
        .into())
    })
}

fn negated<'t>(
    number: impl Parser<'t, In<'t>, Expr, Extra<'t>> + Clone,
) -> impl Parser<'t, In<'t>, Expr, Extra<'t>> + Clone {
    op(K::Minus)
        .ignore_then(number.clone())
        .map_with(|operand, e| -> Expr {
            ExprUnaryOp {
                span: span(e),
                op: UnaryOp::USub,
                operand: Box::new(operand),
            }
            .into()
        })
        .or(number)
}

/// The `patterns` of a `case`: an open sequence (`case a, b:`) or one pattern.
pub(crate) fn patterns<'t>(x: &ExprRules<'t>) -> Rule<'t, Pattern> {
    let pattern = Slot::new();
    let pattern_r: Rule<'t, Pattern> = pattern.handle();

    // Literals.
    let signed_number = negated(number(None));
    let complex_number = negated(number(Some(false)))
        .then(select! { Tok::Op(K::Plus) => Operator::Add, Tok::Op(K::Minus) => Operator::Sub })
        .then(number(Some(true)))
        .map_with(|((left, op), right), e| -> Expr {
            ExprBinOp {
                span: span(e),
                left: Box::new(left),
                op,
                right: Box::new(right),
            }
            .into()
        });
    let literal_expr = choice((
        complex_number.clone(),
        signed_number
            .clone()
            .then_ignore(choice((op(K::Plus), op(K::Minus))).not()),
        x.strings.clone(),
    ));
    let singleton = select! {
        Tok::Kw(Kw::None) => Constant::None,
        Tok::Kw(Kw::True) => Constant::Bool(true),
        Tok::Kw(Kw::False) => Constant::Bool(false),
    };
    let literal_pattern = choice((
        literal_expr.clone().map_with(|value, e| -> Pattern {
            PatternMatchValue {
                span: span(e),
                value: Box::new(value),
            }
            .into()
        }),
        singleton.map_with(|value, e| -> Pattern {
            PatternMatchSingleton {
                span: span(e),
                value,
            }
            .into()
        }),
    ));
    let singleton_expr = singleton.map_with(|value, e| -> Expr {
        ExprConstant {
            span: span(e),
            value,
            kind: None,
        }
        .into()
    });

    // Names and dotted names.
    let not_after_name = choice((op(K::Dot), op(K::Lpar), op(K::Equal))).not();
    let capture_target =
        select! { Tok::Name => (), Tok::Soft(Soft::Match) => (), Tok::Soft(Soft::Case) => () }
            .map_with(|(), e| crate::expr::identifier(first_text(e)))
            .then_ignore(not_after_name.clone());
    let name_or_attr = x
        .name
        .clone()
        .map_with(|id, e| -> Expr {
            ExprName {
                span: span(e),
                id,
                ctx: ExprContext::Load,
            }
            .into()
        })
        .foldl_with(
            op(K::Dot).ignore_then(x.name.clone()).repeated(),
            |value, attr, e| -> Expr {
                ExprAttribute {
                    span: span(e),
                    value: Box::new(value),
                    attr,
                    ctx: ExprContext::Load,
                }
                .into()
            },
        )
        .boxed();
    let attr = name_or_attr.clone().try_map_with(|expr, _| match expr {
        Expr::Attribute(_) => Ok(expr),
        _ => Err(NoMatch::default()),
    });
    let value_pattern =
        attr.clone()
            .then_ignore(not_after_name.clone())
            .map_with(|value, e| -> Pattern {
                PatternMatchValue {
                    span: span(e),
                    value: Box::new(value),
                }
                .into()
            });
    let capture_pattern = capture_target.clone().map_with(|name, e| -> Pattern {
        PatternMatchAs {
            span: span(e),
            pattern: None,
            name: Some(name),
        }
        .into()
    });
    let wildcard = crate::expr::tok(Tok::Soft(Soft::Underscore));
    let wildcard_pattern = wildcard.clone().map_with(|_, e| -> Pattern {
        PatternMatchAs {
            span: span(e),
            pattern: None,
            name: None,
        }
        .into()
    });

    // Sequences.
    let star_pattern = op(K::Star)
        .ignore_then(choice((
            capture_target.clone().map(Some),
            wildcard.to(None),
        )))
        .map_with(|name, e| -> Pattern {
            PatternMatchStar {
                span: span(e),
                name,
            }
            .into()
        });
    let maybe_star = choice((star_pattern, pattern_r.clone())).boxed();
    let maybe_sequence = maybe_star
        .clone()
        .separated_by(op(K::Comma))
        .at_least(1)
        .allow_trailing()
        .collect::<Vec<_>>();
    let open_sequence = maybe_star
        .clone()
        .then_ignore(op(K::Comma))
        .then(maybe_sequence.clone().or_not())
        .map(|(first, rest)| {
            let mut patterns = vec![first];
            patterns.extend(rest.unwrap_or_default());
            patterns
        })
        .boxed();
    let sequence_pattern = choice((
        maybe_sequence
            .clone()
            .or_not()
            .delimited_by(op(K::Lsqb), op(K::Rsqb)),
        open_sequence
            .clone()
            .or_not()
            .delimited_by(op(K::Lpar), op(K::Rpar)),
    ))
    .map_with(|patterns, e| -> Pattern {
        PatternMatchSequence {
            span: span(e),
            patterns: patterns.unwrap_or_default(),
        }
        .into()
    });
    let group_pattern = pattern_r.clone().delimited_by(op(K::Lpar), op(K::Rpar));

    // Mappings.
    let key = choice((literal_expr.clone(), singleton_expr, attr.clone()));
    let mapping_item = choice((
        op(K::DoubleStar)
            .ignore_then(capture_target.clone())
            .map(MappingItem::Rest),
        key.then_ignore(op(K::Colon))
            .then(pattern_r.clone())
            .map(|(k, p)| MappingItem::Pair(k, p)),
    ));
    let mapping_pattern = mapping_item
        .separated_by(op(K::Comma))
        .allow_trailing()
        .collect::<Vec<_>>()
        .delimited_by(op(K::Lbrace), op(K::Rbrace))
        .try_map_with(|items, e| {
            let (mut keys, mut patterns, mut rest) = (Vec::new(), Vec::new(), None);
            for item in items {
                if rest.is_some() {
                    return Err(NoMatch::default());
                }
                match item {
                    MappingItem::Pair(k, p) => {
                        keys.push(k);
                        patterns.push(p);
                    }
                    MappingItem::Rest(name) => rest = Some(name),
                }
            }
            Ok(Pattern::from(PatternMatchMapping {
                span: span(e),
                keys,
                patterns,
                rest,
            }))
        });

    // Classes.
    let class_arg = choice((
        x.name
            .clone()
            .then_ignore(op(K::Equal))
            .then(pattern_r.clone())
            .map(|(n, p)| ClassArg::Keyword(n, p)),
        pattern_r.clone().map(ClassArg::Positional),
    ));
    let class_pattern = name_or_attr
        .clone()
        .then(
            class_arg
                .separated_by(op(K::Comma))
                .allow_trailing()
                .collect::<Vec<_>>()
                .delimited_by(op(K::Lpar), op(K::Rpar)),
        )
        .try_map_with(|(cls, args), e| {
            let (mut patterns, mut kwd_attrs, mut kwd_patterns) =
                (Vec::new(), Vec::new(), Vec::new());
            for arg in args {
                match arg {
                    ClassArg::Positional(p) if kwd_attrs.is_empty() => patterns.push(p),
                    ClassArg::Positional(_) => return Err(NoMatch::default()),
                    ClassArg::Keyword(name, p) => {
                        kwd_attrs.push(name);
                        kwd_patterns.push(p);
                    }
                }
            }
            Ok(Pattern::from(PatternMatchClass {
                span: span(e),
                cls: Box::new(cls),
                patterns,
                kwd_attrs,
                kwd_patterns,
            }))
        });

    let closed_pattern = choice((
        literal_pattern,
        capture_pattern,
        wildcard_pattern,
        value_pattern,
        group_pattern,
        sequence_pattern,
        mapping_pattern,
        class_pattern,
    ))
    .boxed();
    let or_pattern = closed_pattern
        .clone()
        .separated_by(op(K::Vbar))
        .at_least(1)
        .collect::<Vec<_>>()
        .map_with(|mut patterns, e| {
            if patterns.len() == 1 {
                patterns.pop().expect("one pattern")
            } else {
                PatternMatchOr {
                    span: span(e),
                    patterns,
                }
                .into()
            }
        })
        .boxed();
    let as_pattern = or_pattern
        .clone()
        .then(kw(Kw::As).ignore_then(capture_target.clone()).or_not())
        .map_with(|(pattern, name), e| match name {
            Some(name) => PatternMatchAs {
                span: span(e),
                pattern: Some(Box::new(pattern)),
                name: Some(name),
            }
            .into(),
            None => pattern,
        });
    pattern.define(as_pattern);

    let patterns = choice((
        open_sequence.map_with(|patterns, e| -> Pattern {
            PatternMatchSequence {
                span: span(e),
                patterns,
            }
            .into()
        }),
        pattern_r,
    ))
    .boxed();
    crate::slot::owning(pattern, patterns)
}
