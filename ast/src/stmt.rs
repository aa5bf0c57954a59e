//! Statements: CPython's `stmt` sum type, plus `excepthandler`, `withitem`
//! and `alias`, which only occur inside statements.

use pyvm_source::Span;
use serde::{Deserialize, Serialize};

use crate::json::span_serde;
use crate::{Arguments, Expr, Identifier, Keyword, MatchCase, Operator};

/// A statement: CPython's `stmt`. Each variant holds a struct named
/// `Stmt<Variant>` whose fields are CPython's, in CPython's order. Structs
/// larger than 64 bytes are boxed to keep `Stmt` small; build any variant
/// with `StmtX { … }.into()`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "_type")]
pub enum Stmt {
    /// `def name(args) -> returns: body`.
    FunctionDef(Box<StmtFunctionDef>),
    /// `async def name(args) -> returns: body`.
    AsyncFunctionDef(Box<StmtAsyncFunctionDef>),
    /// `class name(bases, keywords): body`.
    ClassDef(Box<StmtClassDef>),
    /// `return value`.
    Return(StmtReturn),
    /// `del targets`.
    Delete(StmtDelete),
    /// `t1 = t2 = value`.
    Assign(StmtAssign),
    /// `target op= value`.
    AugAssign(StmtAugAssign),
    /// `target: annotation = value`.
    AnnAssign(StmtAnnAssign),
    /// `for target in iter: body else: orelse`.
    For(Box<StmtFor>),
    /// `async for target in iter: body else: orelse`.
    AsyncFor(Box<StmtAsyncFor>),
    /// `while test: body else: orelse`.
    While(StmtWhile),
    /// `if test: body else: orelse` (`elif` is an `If` alone in `orelse`).
    If(StmtIf),
    /// `with items: body`.
    With(Box<StmtWith>),
    /// `async with items: body`.
    AsyncWith(Box<StmtAsyncWith>),
    /// `match subject: cases`.
    Match(StmtMatch),
    /// `raise exc from cause`.
    Raise(StmtRaise),
    /// `try: … except …: … else: … finally: …`.
    Try(Box<StmtTry>),
    /// `try: … except* …: …`.
    TryStar(Box<StmtTryStar>),
    /// `assert test, msg`.
    Assert(StmtAssert),
    /// `import a.b as c, d`.
    Import(StmtImport),
    /// `from ..module import names`.
    ImportFrom(StmtImportFrom),
    /// `global names`.
    Global(StmtGlobal),
    /// `nonlocal names`.
    Nonlocal(StmtNonlocal),
    /// An expression statement.
    Expr(StmtExpr),
    /// `pass`.
    Pass(StmtPass),
    /// `break`.
    Break(StmtBreak),
    /// `continue`.
    Continue(StmtContinue),
}

/// `FunctionDef(identifier name, arguments args, stmt* body,
/// expr* decorator_list, expr? returns, string? type_comment)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StmtFunctionDef {
    /// Source range: from `def` (not the decorators) to the body's end.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The function name.
    pub name: Identifier,
    /// The parameters.
    pub args: Box<Arguments>,
    /// The body.
    pub body: Vec<Stmt>,
    /// The decorators, top first.
    pub decorator_list: Vec<Expr>,
    /// `-> returns`.
    pub returns: Option<Box<Expr>>,
    /// A `# type:` comment (only with `type_comments=True`).
    pub type_comment: Option<Box<str>>,
}

/// `AsyncFunctionDef(identifier name, arguments args, stmt* body,
/// expr* decorator_list, expr? returns, string? type_comment)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StmtAsyncFunctionDef {
    /// Source range: from `async` (not the decorators) to the body's end.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The function name.
    pub name: Identifier,
    /// The parameters.
    pub args: Box<Arguments>,
    /// The body.
    pub body: Vec<Stmt>,
    /// The decorators, top first.
    pub decorator_list: Vec<Expr>,
    /// `-> returns`.
    pub returns: Option<Box<Expr>>,
    /// A `# type:` comment (only with `type_comments=True`).
    pub type_comment: Option<Box<str>>,
}

/// `ClassDef(identifier name, expr* bases, keyword* keywords, stmt* body,
/// expr* decorator_list)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StmtClassDef {
    /// Source range: from `class` (not the decorators) to the body's end.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The class name.
    pub name: Identifier,
    /// Positional arguments of the class line.
    pub bases: Vec<Expr>,
    /// Keyword arguments of the class line (`metaclass=…`).
    pub keywords: Vec<Keyword>,
    /// The body.
    pub body: Vec<Stmt>,
    /// The decorators, top first.
    pub decorator_list: Vec<Expr>,
}

/// `Return(expr? value)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StmtReturn {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The returned value, if any.
    pub value: Option<Box<Expr>>,
}

/// `Delete(expr* targets)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StmtDelete {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The deleted targets (`Del` context).
    pub targets: Vec<Expr>,
}

/// `Assign(expr* targets, expr value, string? type_comment)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StmtAssign {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The targets, left to right (`Store` context).
    pub targets: Vec<Expr>,
    /// The assigned value.
    pub value: Box<Expr>,
    /// A `# type:` comment (only with `type_comments=True`).
    pub type_comment: Option<Box<str>>,
}

/// `AugAssign(expr target, operator op, expr value)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StmtAugAssign {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The target (`Store` context).
    pub target: Box<Expr>,
    /// The operator.
    pub op: Operator,
    /// The operand.
    pub value: Box<Expr>,
}

/// `AnnAssign(expr target, expr annotation, expr? value, int simple)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StmtAnnAssign {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The target (`Store` context).
    pub target: Box<Expr>,
    /// The annotation.
    pub annotation: Box<Expr>,
    /// The assigned value, if any.
    pub value: Option<Box<Expr>>,
    /// Whether the target is a plain name not in parentheses (an int, 0 or
    /// 1, in CPython).
    pub simple: bool,
}

/// `For(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StmtFor {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The loop target (`Store` context).
    pub target: Box<Expr>,
    /// The iterated expression.
    pub iter: Box<Expr>,
    /// The body.
    pub body: Vec<Stmt>,
    /// The `else` block.
    pub orelse: Vec<Stmt>,
    /// A `# type:` comment (only with `type_comments=True`).
    pub type_comment: Option<Box<str>>,
}

/// `AsyncFor(expr target, expr iter, stmt* body, stmt* orelse, string? type_comment)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StmtAsyncFor {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The loop target (`Store` context).
    pub target: Box<Expr>,
    /// The iterated expression.
    pub iter: Box<Expr>,
    /// The body.
    pub body: Vec<Stmt>,
    /// The `else` block.
    pub orelse: Vec<Stmt>,
    /// A `# type:` comment (only with `type_comments=True`).
    pub type_comment: Option<Box<str>>,
}

/// `While(expr test, stmt* body, stmt* orelse)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StmtWhile {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The condition.
    pub test: Box<Expr>,
    /// The body.
    pub body: Vec<Stmt>,
    /// The `else` block.
    pub orelse: Vec<Stmt>,
}

/// `If(expr test, stmt* body, stmt* orelse)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StmtIf {
    /// Source range (an `elif`'s starts at `elif`).
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The condition.
    pub test: Box<Expr>,
    /// The body.
    pub body: Vec<Stmt>,
    /// The `else` block; an `elif` is a single `If` here.
    pub orelse: Vec<Stmt>,
}

/// `With(withitem* items, stmt* body, string? type_comment)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StmtWith {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The context managers.
    pub items: Vec<WithItem>,
    /// The body.
    pub body: Vec<Stmt>,
    /// A `# type:` comment (only with `type_comments=True`).
    pub type_comment: Option<Box<str>>,
}

/// `AsyncWith(withitem* items, stmt* body, string? type_comment)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StmtAsyncWith {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The context managers.
    pub items: Vec<WithItem>,
    /// The body.
    pub body: Vec<Stmt>,
    /// A `# type:` comment (only with `type_comments=True`).
    pub type_comment: Option<Box<str>>,
}

/// `Match(expr subject, match_case* cases)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StmtMatch {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The matched expression.
    pub subject: Box<Expr>,
    /// The `case` blocks.
    pub cases: Vec<MatchCase>,
}

/// `Raise(expr? exc, expr? cause)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StmtRaise {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The raised exception; `None` for a bare `raise`.
    pub exc: Option<Box<Expr>>,
    /// `from cause`.
    pub cause: Option<Box<Expr>>,
}

/// `Try(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StmtTry {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The `try` block.
    pub body: Vec<Stmt>,
    /// The `except` clauses.
    pub handlers: Vec<ExceptHandler>,
    /// The `else` block.
    pub orelse: Vec<Stmt>,
    /// The `finally` block.
    pub finalbody: Vec<Stmt>,
}

/// `TryStar(stmt* body, excepthandler* handlers, stmt* orelse, stmt* finalbody)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StmtTryStar {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The `try` block.
    pub body: Vec<Stmt>,
    /// The `except*` clauses.
    pub handlers: Vec<ExceptHandler>,
    /// The `else` block.
    pub orelse: Vec<Stmt>,
    /// The `finally` block.
    pub finalbody: Vec<Stmt>,
}

/// `Assert(expr test, expr? msg)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StmtAssert {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The asserted condition.
    pub test: Box<Expr>,
    /// The message, if any.
    pub msg: Option<Box<Expr>>,
}

/// `Import(alias* names)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StmtImport {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The imported modules.
    pub names: Vec<Alias>,
}

/// `ImportFrom(identifier? module, alias* names, int? level)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StmtImportFrom {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The dotted module name after the dots; `None` in `from . import x`.
    pub module: Option<Identifier>,
    /// The imported names (`*` is one alias named `*`).
    pub names: Vec<Alias>,
    /// The number of leading dots. Optional in the ASDL, but `ast.parse`
    /// always sets it (0 for an absolute import), so it is always dumped.
    pub level: u32,
}

/// `Global(identifier* names)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StmtGlobal {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The declared names.
    pub names: Vec<Identifier>,
}

/// `Nonlocal(identifier* names)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StmtNonlocal {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The declared names.
    pub names: Vec<Identifier>,
}

/// `Expr(expr value)`: an expression statement.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StmtExpr {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The expression.
    pub value: Box<Expr>,
}

/// `Pass`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StmtPass {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
}

/// `Break`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StmtBreak {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
}

/// `Continue`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StmtContinue {
    /// Source range.
    #[serde(with = "span_serde")]
    pub span: Span,
}

/// CPython's `excepthandler` sum type, which has one constructor.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "_type")]
pub enum ExceptHandler {
    /// `except type as name: body`.
    ExceptHandler(ExceptHandlerExceptHandler),
}

/// `ExceptHandler(expr? type, identifier? name, stmt* body)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExceptHandlerExceptHandler {
    /// Source range: from `except` to the body's end.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The caught type; `None` for a bare `except:` (CPython's field
    /// `type`).
    #[serde(rename = "type")]
    pub type_: Option<Box<Expr>>,
    /// `as name`.
    pub name: Option<Identifier>,
    /// The handler body.
    pub body: Vec<Stmt>,
}

/// `withitem(expr context_expr, expr? optional_vars)`: one context manager
/// of a `with`. Has no position in CPython.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "_type", rename = "withitem")]
pub struct WithItem {
    /// The context manager expression.
    pub context_expr: Expr,
    /// `as optional_vars` (`Store` context).
    pub optional_vars: Option<Box<Expr>>,
}

/// `alias(identifier name, identifier? asname)`: one name of an import.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "_type", rename = "alias")]
pub struct Alias {
    /// Source range: the name and its `as` part.
    #[serde(with = "span_serde")]
    pub span: Span,
    /// The (dotted) imported name, or `*`.
    pub name: Identifier,
    /// `as asname`.
    pub asname: Option<Identifier>,
}

impl Stmt {
    /// The statement's source range.
    pub fn span(&self) -> Span {
        match self {
            Stmt::FunctionDef(s) => s.span,
            Stmt::AsyncFunctionDef(s) => s.span,
            Stmt::ClassDef(s) => s.span,
            Stmt::Return(s) => s.span,
            Stmt::Delete(s) => s.span,
            Stmt::Assign(s) => s.span,
            Stmt::AugAssign(s) => s.span,
            Stmt::AnnAssign(s) => s.span,
            Stmt::For(s) => s.span,
            Stmt::AsyncFor(s) => s.span,
            Stmt::While(s) => s.span,
            Stmt::If(s) => s.span,
            Stmt::With(s) => s.span,
            Stmt::AsyncWith(s) => s.span,
            Stmt::Match(s) => s.span,
            Stmt::Raise(s) => s.span,
            Stmt::Try(s) => s.span,
            Stmt::TryStar(s) => s.span,
            Stmt::Assert(s) => s.span,
            Stmt::Import(s) => s.span,
            Stmt::ImportFrom(s) => s.span,
            Stmt::Global(s) => s.span,
            Stmt::Nonlocal(s) => s.span,
            Stmt::Expr(s) => s.span,
            Stmt::Pass(s) => s.span,
            Stmt::Break(s) => s.span,
            Stmt::Continue(s) => s.span,
        }
    }

    /// CPython's class name of the node (`"FunctionDef"`…).
    pub fn kind_name(&self) -> &'static str {
        match self {
            Stmt::FunctionDef(_) => "FunctionDef",
            Stmt::AsyncFunctionDef(_) => "AsyncFunctionDef",
            Stmt::ClassDef(_) => "ClassDef",
            Stmt::Return(_) => "Return",
            Stmt::Delete(_) => "Delete",
            Stmt::Assign(_) => "Assign",
            Stmt::AugAssign(_) => "AugAssign",
            Stmt::AnnAssign(_) => "AnnAssign",
            Stmt::For(_) => "For",
            Stmt::AsyncFor(_) => "AsyncFor",
            Stmt::While(_) => "While",
            Stmt::If(_) => "If",
            Stmt::With(_) => "With",
            Stmt::AsyncWith(_) => "AsyncWith",
            Stmt::Match(_) => "Match",
            Stmt::Raise(_) => "Raise",
            Stmt::Try(_) => "Try",
            Stmt::TryStar(_) => "TryStar",
            Stmt::Assert(_) => "Assert",
            Stmt::Import(_) => "Import",
            Stmt::ImportFrom(_) => "ImportFrom",
            Stmt::Global(_) => "Global",
            Stmt::Nonlocal(_) => "Nonlocal",
            Stmt::Expr(_) => "Expr",
            Stmt::Pass(_) => "Pass",
            Stmt::Break(_) => "Break",
            Stmt::Continue(_) => "Continue",
        }
    }
}

impl ExceptHandler {
    /// The handler's source range.
    pub fn span(&self) -> Span {
        match self {
            ExceptHandler::ExceptHandler(h) => h.span,
        }
    }
}

impl From<ExceptHandlerExceptHandler> for ExceptHandler {
    fn from(node: ExceptHandlerExceptHandler) -> ExceptHandler {
        ExceptHandler::ExceptHandler(node)
    }
}

/// `impl From<StmtX> for Stmt` for every variant, boxing where the variant
/// is boxed, so the parser can write `StmtPass { span }.into()`.
macro_rules! stmt_from {
    (plain: $($variant:ident($node:ident)),*; boxed: $($bvariant:ident($bnode:ident)),* $(,)?) => {
        $(impl From<$node> for Stmt {
            fn from(node: $node) -> Stmt {
                Stmt::$variant(node)
            }
        })*
        $(impl From<$bnode> for Stmt {
            fn from(node: $bnode) -> Stmt {
                Stmt::$bvariant(Box::new(node))
            }
        })*
    };
}

stmt_from!(
    plain:
    Return(StmtReturn),
    Delete(StmtDelete),
    Assign(StmtAssign),
    AugAssign(StmtAugAssign),
    AnnAssign(StmtAnnAssign),
    While(StmtWhile),
    If(StmtIf),
    Match(StmtMatch),
    Raise(StmtRaise),
    Assert(StmtAssert),
    Import(StmtImport),
    ImportFrom(StmtImportFrom),
    Global(StmtGlobal),
    Nonlocal(StmtNonlocal),
    Expr(StmtExpr),
    Pass(StmtPass),
    Break(StmtBreak),
    Continue(StmtContinue);
    boxed:
    FunctionDef(StmtFunctionDef),
    AsyncFunctionDef(StmtAsyncFunctionDef),
    ClassDef(StmtClassDef),
    For(StmtFor),
    AsyncFor(StmtAsyncFor),
    Try(StmtTry),
    TryStar(StmtTryStar),
    With(StmtWith),
    AsyncWith(StmtAsyncWith),
);
