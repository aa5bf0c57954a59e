//! Patterns of `match` statements: CPython's `pattern` sum type and
//! `match_case`.

use pyvm_source::Span;
use serde::{Deserialize, Serialize};

use crate::json::span_serde;
use crate::{Constant, Expr, Identifier, Stmt};

/// A pattern: CPython's `pattern`. Each variant holds a struct named
/// `Pattern<Variant>` whose fields are CPython's, in CPython's order.
/// Structs larger than 64 bytes are boxed to keep `Pattern` small; build any
/// variant with `PatternX { … }.into()`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "_type")]
pub enum Pattern {
    /// A literal or dotted-name value compared with `==`.
    MatchValue(PatternMatchValue),
    /// `None`, `True` or `False`, compared with `is`.
    MatchSingleton(PatternMatchSingleton),
    /// `[p, *rest]` or `(p, q)`.
    MatchSequence(PatternMatchSequence),
    /// `{key: p, **rest}`.
    MatchMapping(Box<PatternMatchMapping>),
    /// `Cls(p, attr=q)`.
    MatchClass(Box<PatternMatchClass>),
    /// `*name` inside a sequence pattern.
    MatchStar(PatternMatchStar),
    /// `p as name`, a capture `name`, or the wildcard `_`.
    MatchAs(PatternMatchAs),
    /// `p | q`.
    MatchOr(PatternMatchOr),
}

/// `MatchValue(expr value)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PatternMatchValue {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The value: a constant, a signed or complex number, or a dotted name.
    pub value: Box<Expr>,
}

/// `MatchSingleton(constant value)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PatternMatchSingleton {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// [`Constant::None`] or a [`Constant::Bool`].
    pub value: Constant,
}

/// `MatchSequence(pattern* patterns)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PatternMatchSequence {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The element patterns, at most one a `MatchStar`.
    pub patterns: Vec<Pattern>,
}

/// `MatchMapping(expr* keys, pattern* patterns, identifier? rest)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PatternMatchMapping {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The keys (constants or dotted names).
    pub keys: Vec<Expr>,
    /// The value patterns, one per key.
    pub patterns: Vec<Pattern>,
    /// `**rest`.
    pub rest: Option<Identifier>,
}

/// `MatchClass(expr cls, pattern* patterns, identifier* kwd_attrs,
/// pattern* kwd_patterns)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PatternMatchClass {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The class (a dotted name).
    pub cls: Box<Expr>,
    /// Positional sub-patterns.
    pub patterns: Vec<Pattern>,
    /// Keyword names, one per `kwd_patterns` entry.
    pub kwd_attrs: Vec<Identifier>,
    /// Keyword sub-patterns.
    pub kwd_patterns: Vec<Pattern>,
}

/// `MatchStar(identifier? name)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PatternMatchStar {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The captured name; `None` for `*_`.
    pub name: Option<Identifier>,
}

/// `MatchAs(pattern? pattern, identifier? name)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PatternMatchAs {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The sub-pattern of `p as name`; `None` for a capture or `_`.
    pub pattern: Option<Box<Pattern>>,
    /// The captured name; `None` for `_`.
    pub name: Option<Identifier>,
}

/// `MatchOr(pattern* patterns)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PatternMatchOr {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The alternatives, two or more.
    pub patterns: Vec<Pattern>,
}

/// `match_case(pattern pattern, expr? guard, stmt* body)`: one `case`
/// block. Has no position in CPython.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "_type", rename = "match_case")]
pub struct MatchCase {
    /// The pattern.
    pub pattern: Pattern,
    /// `if guard`.
    pub guard: Option<Box<Expr>>,
    /// The body.
    pub body: Vec<Stmt>,
}

impl Pattern {
    /// The pattern's source range.
    pub fn span(&self) -> Span {
        match self {
            Pattern::MatchValue(p) => p.span,
            Pattern::MatchSingleton(p) => p.span,
            Pattern::MatchSequence(p) => p.span,
            Pattern::MatchMapping(p) => p.span,
            Pattern::MatchClass(p) => p.span,
            Pattern::MatchStar(p) => p.span,
            Pattern::MatchAs(p) => p.span,
            Pattern::MatchOr(p) => p.span,
        }
    }

    /// CPython's class name of the node (`"MatchAs"`…).
    pub fn kind_name(&self) -> &'static str {
        match self {
            Pattern::MatchValue(_) => "MatchValue",
            Pattern::MatchSingleton(_) => "MatchSingleton",
            Pattern::MatchSequence(_) => "MatchSequence",
            Pattern::MatchMapping(_) => "MatchMapping",
            Pattern::MatchClass(_) => "MatchClass",
            Pattern::MatchStar(_) => "MatchStar",
            Pattern::MatchAs(_) => "MatchAs",
            Pattern::MatchOr(_) => "MatchOr",
        }
    }
}

/// `impl From<PatternX> for Pattern` for every variant, boxing where the
/// variant is boxed.
macro_rules! pattern_from {
    (plain: $($variant:ident($node:ident)),*; boxed: $($bvariant:ident($bnode:ident)),* $(,)?) => {
        $(impl From<$node> for Pattern {
            fn from(node: $node) -> Pattern {
                Pattern::$variant(node)
            }
        })*
        $(impl From<$bnode> for Pattern {
            fn from(node: $bnode) -> Pattern {
                Pattern::$bvariant(Box::new(node))
            }
        })*
    };
}

pattern_from!(
    plain:
    MatchValue(PatternMatchValue),
    MatchSingleton(PatternMatchSingleton),
    MatchSequence(PatternMatchSequence),
    MatchStar(PatternMatchStar),
    MatchAs(PatternMatchAs),
    MatchOr(PatternMatchOr);
    boxed:
    MatchMapping(PatternMatchMapping),
    MatchClass(PatternMatchClass),
);
