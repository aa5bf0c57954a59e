//! Expressions: CPython's `expr` sum type, plus `comprehension` and
//! `keyword`, which only occur inside expressions.

use pyvm_source::Span;
use serde::{Deserialize, Serialize};

use crate::json::span_serde;
use crate::{
    Arguments, BoolOp, CmpOp, Constant, Conversion, ExprContext, Identifier, Operator, UnaryOp,
};

/// An expression: CPython's `expr`. Each variant holds a struct named
/// `Expr<Variant>` whose fields are CPython's, in CPython's order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "_type")]
pub enum Expr {
    /// `a and b`, `a or b or c`.
    BoolOp(ExprBoolOp),
    /// `x := value`.
    NamedExpr(ExprNamedExpr),
    /// `left op right`.
    BinOp(ExprBinOp),
    /// `op operand`.
    UnaryOp(ExprUnaryOp),
    /// `lambda args: body`.
    Lambda(ExprLambda),
    /// `body if test else orelse`.
    IfExp(ExprIfExp),
    /// `{k: v, **d}`.
    Dict(ExprDict),
    /// `{a, b}`.
    Set(ExprSet),
    /// `[elt for …]`.
    ListComp(ExprListComp),
    /// `{elt for …}`.
    SetComp(ExprSetComp),
    /// `{key: value for …}`.
    DictComp(ExprDictComp),
    /// `(elt for …)`.
    GeneratorExp(ExprGeneratorExp),
    /// `await value`.
    Await(ExprAwait),
    /// `yield` or `yield value`.
    Yield(ExprYield),
    /// `yield from value`.
    YieldFrom(ExprYieldFrom),
    /// `a < b <= c`.
    Compare(ExprCompare),
    /// `func(args, keywords)`.
    Call(ExprCall),
    /// One `{value!conversion:format_spec}` field of an f-string.
    FormattedValue(ExprFormattedValue),
    /// An f-string: its literal parts and fields.
    JoinedStr(ExprJoinedStr),
    /// A literal value.
    Constant(ExprConstant),
    /// `value.attr`.
    Attribute(ExprAttribute),
    /// `value[slice]`.
    Subscript(ExprSubscript),
    /// `*value`.
    Starred(ExprStarred),
    /// A name.
    Name(ExprName),
    /// `[a, b]`.
    List(ExprList),
    /// `(a, b)` or `a, b`.
    Tuple(ExprTuple),
    /// `lower:upper:step` (only inside a subscript).
    Slice(ExprSlice),
}

/// `BoolOp(boolop op, expr* values)`: one operator over two or more values
/// (`a or b or c` is one node).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExprBoolOp {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The operator.
    pub op: BoolOp,
    /// The operands, two or more.
    pub values: Vec<Expr>,
}

/// `NamedExpr(expr target, expr value)`: `target := value`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExprNamedExpr {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The name assigned to (a `Name` in `Store` context).
    pub target: Box<Expr>,
    /// The value.
    pub value: Box<Expr>,
}

/// `BinOp(expr left, operator op, expr right)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExprBinOp {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// Left operand.
    pub left: Box<Expr>,
    /// The operator.
    pub op: Operator,
    /// Right operand.
    pub right: Box<Expr>,
}

/// `UnaryOp(unaryop op, expr operand)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExprUnaryOp {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The operator.
    pub op: UnaryOp,
    /// The operand.
    pub operand: Box<Expr>,
}

/// `Lambda(arguments args, expr body)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExprLambda {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The parameters (never annotated).
    pub args: Box<Arguments>,
    /// The body expression.
    pub body: Box<Expr>,
}

/// `IfExp(expr test, expr body, expr orelse)`: `body if test else orelse`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExprIfExp {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The condition.
    pub test: Box<Expr>,
    /// The value when true.
    pub body: Box<Expr>,
    /// The value when false.
    pub orelse: Box<Expr>,
}

/// `Dict(expr* keys, expr* values)`.
///
/// `keys` and `values` have the same length; a `**mapping` entry has key
/// `None` (CPython puts `None` in the list) and the mapping as its value.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExprDict {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The keys, `None` for `**mapping` entries.
    pub keys: Vec<Option<Expr>>,
    /// The values.
    pub values: Vec<Expr>,
}

/// `Set(expr* elts)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExprSet {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The elements.
    pub elts: Vec<Expr>,
}

/// `ListComp(expr elt, comprehension* generators)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExprListComp {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The element expression.
    pub elt: Box<Expr>,
    /// The `for`/`if` clauses, outermost first.
    pub generators: Vec<Comprehension>,
}

/// `SetComp(expr elt, comprehension* generators)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExprSetComp {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The element expression.
    pub elt: Box<Expr>,
    /// The `for`/`if` clauses, outermost first.
    pub generators: Vec<Comprehension>,
}

/// `DictComp(expr key, expr value, comprehension* generators)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExprDictComp {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The key expression.
    pub key: Box<Expr>,
    /// The value expression.
    pub value: Box<Expr>,
    /// The `for`/`if` clauses, outermost first.
    pub generators: Vec<Comprehension>,
}

/// `GeneratorExp(expr elt, comprehension* generators)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExprGeneratorExp {
    /// Source range (includes the parentheses, which for a sole call
    /// argument are the call's).
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The element expression.
    pub elt: Box<Expr>,
    /// The `for`/`if` clauses, outermost first.
    pub generators: Vec<Comprehension>,
}

/// `Await(expr value)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExprAwait {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The awaited expression.
    pub value: Box<Expr>,
}

/// `Yield(expr? value)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExprYield {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The yielded value, if any.
    pub value: Option<Box<Expr>>,
}

/// `YieldFrom(expr value)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExprYieldFrom {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The delegated-to iterable.
    pub value: Box<Expr>,
}

/// `Compare(expr left, cmpop* ops, expr* comparators)`: `left op1 c1 op2 c2…`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExprCompare {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The first operand.
    pub left: Box<Expr>,
    /// The operators, one per comparator.
    pub ops: Vec<CmpOp>,
    /// The operands after `left`.
    pub comparators: Vec<Expr>,
}

/// `Call(expr func, expr* args, keyword* keywords)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExprCall {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The called expression.
    pub func: Box<Expr>,
    /// Positional arguments; `*it` is a `Starred`.
    pub args: Vec<Expr>,
    /// Keyword arguments; `**kw` is a keyword without `arg`.
    pub keywords: Vec<Keyword>,
}

/// `FormattedValue(expr value, int conversion, expr? format_spec)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExprFormattedValue {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The formatted expression.
    pub value: Box<Expr>,
    /// The `!s`/`!r`/`!a` conversion (dumped as CPython's int).
    pub conversion: Conversion,
    /// The format spec after `:`, a `JoinedStr`.
    pub format_spec: Option<Box<Expr>>,
}

/// `JoinedStr(expr* values)`: an f-string (or several adjacent string
/// literals of which one is an f-string).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExprJoinedStr {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// `Constant` string parts and `FormattedValue` fields, in order.
    pub values: Vec<Expr>,
}

/// `Constant(constant value, string? kind)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExprConstant {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The value.
    pub value: Constant,
    /// `Some("u")` for a `u"…"` string literal, else `None`.
    pub kind: Option<Box<str>>,
}

/// `Attribute(expr value, identifier attr, expr_context ctx)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExprAttribute {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The object.
    pub value: Box<Expr>,
    /// The attribute name.
    pub attr: Identifier,
    /// How it is used.
    pub ctx: ExprContext,
}

/// `Subscript(expr value, expr slice, expr_context ctx)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExprSubscript {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The subscripted object.
    pub value: Box<Expr>,
    /// The index: any expression, a `Slice`, or a `Tuple` of them.
    pub slice: Box<Expr>,
    /// How it is used.
    pub ctx: ExprContext,
}

/// `Starred(expr value, expr_context ctx)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExprStarred {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The starred expression.
    pub value: Box<Expr>,
    /// How it is used.
    pub ctx: ExprContext,
}

/// `Name(identifier id, expr_context ctx)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExprName {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The name (NFKC-normalised, as CPython stores it).
    pub id: Identifier,
    /// How it is used.
    pub ctx: ExprContext,
}

/// `List(expr* elts, expr_context ctx)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExprList {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The elements.
    pub elts: Vec<Expr>,
    /// How it is used.
    pub ctx: ExprContext,
}

/// `Tuple(expr* elts, expr_context ctx)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExprTuple {
    /// Source range (with the parentheses when there are any).
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The elements.
    pub elts: Vec<Expr>,
    /// How it is used.
    pub ctx: ExprContext,
}

/// `Slice(expr? lower, expr? upper, expr? step)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExprSlice {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The start, if given.
    pub lower: Option<Box<Expr>>,
    /// The stop, if given.
    pub upper: Option<Box<Expr>>,
    /// The step, if given.
    pub step: Option<Box<Expr>>,
}

/// `comprehension(expr target, expr iter, expr* ifs, int is_async)`: one
/// `for target in iter if …` clause. Has no position in CPython.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "_type", rename = "comprehension")]
pub struct Comprehension {
    /// The loop target (`Store` context).
    pub target: Expr,
    /// The iterated expression.
    pub iter: Expr,
    /// The `if` conditions.
    pub ifs: Vec<Expr>,
    /// `async for` (an int, 0 or 1, in CPython).
    pub is_async: bool,
}

/// `keyword(identifier? arg, expr value)`: `arg=value`, or `**value` when
/// `arg` is `None`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "_type", rename = "keyword")]
pub struct Keyword {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The keyword, `None` for `**value`.
    pub arg: Option<Identifier>,
    /// The value.
    pub value: Expr,
}

impl Expr {
    /// The expression's source range.
    pub fn span(&self) -> Span {
        match self {
            Expr::BoolOp(e) => e.span,
            Expr::NamedExpr(e) => e.span,
            Expr::BinOp(e) => e.span,
            Expr::UnaryOp(e) => e.span,
            Expr::Lambda(e) => e.span,
            Expr::IfExp(e) => e.span,
            Expr::Dict(e) => e.span,
            Expr::Set(e) => e.span,
            Expr::ListComp(e) => e.span,
            Expr::SetComp(e) => e.span,
            Expr::DictComp(e) => e.span,
            Expr::GeneratorExp(e) => e.span,
            Expr::Await(e) => e.span,
            Expr::Yield(e) => e.span,
            Expr::YieldFrom(e) => e.span,
            Expr::Compare(e) => e.span,
            Expr::Call(e) => e.span,
            Expr::FormattedValue(e) => e.span,
            Expr::JoinedStr(e) => e.span,
            Expr::Constant(e) => e.span,
            Expr::Attribute(e) => e.span,
            Expr::Subscript(e) => e.span,
            Expr::Starred(e) => e.span,
            Expr::Name(e) => e.span,
            Expr::List(e) => e.span,
            Expr::Tuple(e) => e.span,
            Expr::Slice(e) => e.span,
        }
    }

    /// Sets the expression's source range (the parser widens a node to its
    /// enclosing parentheses this way, as CPython does for tuples).
    pub fn set_span(&mut self, span: Span) {
        match self {
            Expr::BoolOp(e) => e.span = span,
            Expr::NamedExpr(e) => e.span = span,
            Expr::BinOp(e) => e.span = span,
            Expr::UnaryOp(e) => e.span = span,
            Expr::Lambda(e) => e.span = span,
            Expr::IfExp(e) => e.span = span,
            Expr::Dict(e) => e.span = span,
            Expr::Set(e) => e.span = span,
            Expr::ListComp(e) => e.span = span,
            Expr::SetComp(e) => e.span = span,
            Expr::DictComp(e) => e.span = span,
            Expr::GeneratorExp(e) => e.span = span,
            Expr::Await(e) => e.span = span,
            Expr::Yield(e) => e.span = span,
            Expr::YieldFrom(e) => e.span = span,
            Expr::Compare(e) => e.span = span,
            Expr::Call(e) => e.span = span,
            Expr::FormattedValue(e) => e.span = span,
            Expr::JoinedStr(e) => e.span = span,
            Expr::Constant(e) => e.span = span,
            Expr::Attribute(e) => e.span = span,
            Expr::Subscript(e) => e.span = span,
            Expr::Starred(e) => e.span = span,
            Expr::Name(e) => e.span = span,
            Expr::List(e) => e.span = span,
            Expr::Tuple(e) => e.span = span,
            Expr::Slice(e) => e.span = span,
        }
    }

    /// CPython's class name of the node (`"Call"`…).
    pub fn kind_name(&self) -> &'static str {
        match self {
            Expr::BoolOp(_) => "BoolOp",
            Expr::NamedExpr(_) => "NamedExpr",
            Expr::BinOp(_) => "BinOp",
            Expr::UnaryOp(_) => "UnaryOp",
            Expr::Lambda(_) => "Lambda",
            Expr::IfExp(_) => "IfExp",
            Expr::Dict(_) => "Dict",
            Expr::Set(_) => "Set",
            Expr::ListComp(_) => "ListComp",
            Expr::SetComp(_) => "SetComp",
            Expr::DictComp(_) => "DictComp",
            Expr::GeneratorExp(_) => "GeneratorExp",
            Expr::Await(_) => "Await",
            Expr::Yield(_) => "Yield",
            Expr::YieldFrom(_) => "YieldFrom",
            Expr::Compare(_) => "Compare",
            Expr::Call(_) => "Call",
            Expr::FormattedValue(_) => "FormattedValue",
            Expr::JoinedStr(_) => "JoinedStr",
            Expr::Constant(_) => "Constant",
            Expr::Attribute(_) => "Attribute",
            Expr::Subscript(_) => "Subscript",
            Expr::Starred(_) => "Starred",
            Expr::Name(_) => "Name",
            Expr::List(_) => "List",
            Expr::Tuple(_) => "Tuple",
            Expr::Slice(_) => "Slice",
        }
    }
}

/// `impl From<ExprX> for Expr` for every variant, so the parser can write
/// `ExprName { … }.into()`.
macro_rules! expr_from {
    ($($variant:ident($node:ident)),* $(,)?) => {
        $(impl From<$node> for Expr {
            fn from(node: $node) -> Expr {
                Expr::$variant(node)
            }
        })*
    };
}

expr_from!(
    BoolOp(ExprBoolOp),
    NamedExpr(ExprNamedExpr),
    BinOp(ExprBinOp),
    UnaryOp(ExprUnaryOp),
    Lambda(ExprLambda),
    IfExp(ExprIfExp),
    Dict(ExprDict),
    Set(ExprSet),
    ListComp(ExprListComp),
    SetComp(ExprSetComp),
    DictComp(ExprDictComp),
    GeneratorExp(ExprGeneratorExp),
    Await(ExprAwait),
    Yield(ExprYield),
    YieldFrom(ExprYieldFrom),
    Compare(ExprCompare),
    Call(ExprCall),
    FormattedValue(ExprFormattedValue),
    JoinedStr(ExprJoinedStr),
    Constant(ExprConstant),
    Attribute(ExprAttribute),
    Subscript(ExprSubscript),
    Starred(ExprStarred),
    Name(ExprName),
    List(ExprList),
    Tuple(ExprTuple),
    Slice(ExprSlice),
);
