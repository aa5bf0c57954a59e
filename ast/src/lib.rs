//! Typed syntax tree for Python 3.11, one to one with CPython's `ast`
//! module.
//!
//! Every CPython node class has a Rust counterpart with the same field names
//! in the same order: the sum types are enums whose variants wrap a struct
//! named after both (`Stmt::Return(StmtReturn)`, `Expr::Call(ExprCall)`,
//! `Pattern::MatchAs(PatternMatchAs)`, `Mod::Module(ModModule)`), the
//! product types are structs ([`Arguments`], [`Arg`], [`Keyword`],
//! [`Comprehension`], [`Alias`], [`WithItem`], [`MatchCase`],
//! [`TypeIgnore`]), and the field-less kinds are plain enums
//! ([`ExprContext`], [`BoolOp`], [`Operator`], [`UnaryOp`], [`CmpOp`]).
//! Nodes that carry positions in CPython (statements, expressions, patterns,
//! except handlers, `arg`, `keyword`, `alias`) have a `span` of byte
//! offsets; lines and columns are computed only when shown.
//!
//! A tree prints as CPython's `ast.dump` does ([`dump`]), serialises to a
//! stable JSON form ([`to_json`]), and is walked with a [`Visitor`] or
//! rewritten in place with a [`Transformer`].
//!
//! # Mapping from CPython
//!
//! - A single child is a `Box<Expr>`, a list a `Vec`, an optional (`?`)
//!   child an `Option<Box<…>>`. Identifiers are [`Identifier`]s
//!   (`CompactString`); `string?` fields are `Option<Box<str>>`.
//! - Lists that hold `None` in CPython are `Vec<Option<Expr>>`:
//!   `Dict.keys` (`None` for `**mapping`) and `arguments.kw_defaults`.
//! - `int` fields get their meaning: `is_async` and `simple` are `bool`,
//!   `FormattedValue.conversion` is a [`Conversion`], `ImportFrom.level`
//!   is a `u32` (always set by `ast.parse`), `TypeIgnore.lineno` a `u32`.
//!   [`dump`] prints them as CPython's ints.
//! - `ExceptHandler.type` is the field `type_` (a Rust keyword otherwise).
//! - Constant values are a [`Constant`]; `MatchSingleton.value` too.
//! - Variant structs larger than 64 bytes are boxed inside their enum
//!   (`Stmt::FunctionDef(Box<StmtFunctionDef>)`); every variant struct
//!   converts into its enum with `.into()`, boxing as needed.
//!
//! ```
//! use pyvm_ast::{dump, DumpOptions, Expr, ExprContext, ExprName, Mod, ModModule, StmtExpr};
//! use pyvm_source::{SourceFile, Span};
//!
//! let file = SourceFile::new("<unknown>", "x\n");
//! let name = Expr::from(ExprName { span: Span::new(0, 1), id: "x".into(), ctx: ExprContext::Load });
//! let module = Mod::from(ModModule {
//!     body: vec![StmtExpr { span: Span::new(0, 1), value: Box::new(name) }.into()],
//!     type_ignores: vec![],
//! });
//! assert_eq!(
//!     dump(&module, &file, &DumpOptions::default()),
//!     "Module(body=[Expr(value=Name(id='x', ctx=Load()))], type_ignores=[])"
//! );
//! ```

mod arguments;
mod constant;
mod dump;
mod expr;
mod json;
mod module;
mod operator;
mod pattern;
mod stmt;
mod transformer;
mod visitor;

pub use arguments::{Arg, Arguments};
pub use constant::{Constant, Int};
pub use dump::{dump, dump_expr, dump_pattern, dump_stmt, DumpOptions};
pub use expr::{
    Comprehension, Expr, ExprAttribute, ExprAwait, ExprBinOp, ExprBoolOp, ExprCall, ExprCompare,
    ExprConstant, ExprDict, ExprDictComp, ExprFormattedValue, ExprGeneratorExp, ExprIfExp,
    ExprJoinedStr, ExprLambda, ExprList, ExprListComp, ExprName, ExprNamedExpr, ExprSet,
    ExprSetComp, ExprSlice, ExprStarred, ExprSubscript, ExprTuple, ExprUnaryOp, ExprYield,
    ExprYieldFrom, Keyword,
};
pub use json::{from_json, to_json, to_json_pretty};
pub use module::{Mod, ModExpression, ModFunctionType, ModInteractive, ModModule, TypeIgnore};
/// The big integer type of [`Int::Big`] (from the `num-bigint` crate).
pub use num_bigint::BigInt;
pub use operator::{BoolOp, CmpOp, Conversion, ExprContext, Operator, UnaryOp};
pub use pattern::{
    MatchCase, Pattern, PatternMatchAs, PatternMatchClass, PatternMatchMapping, PatternMatchOr,
    PatternMatchSequence, PatternMatchSingleton, PatternMatchStar, PatternMatchValue,
};
pub use stmt::{
    Alias, ExceptHandler, ExceptHandlerExceptHandler, Stmt, StmtAnnAssign, StmtAssert, StmtAssign,
    StmtAsyncFor, StmtAsyncFunctionDef, StmtAsyncWith, StmtAugAssign, StmtBreak, StmtClassDef,
    StmtContinue, StmtDelete, StmtExpr, StmtFor, StmtFunctionDef, StmtGlobal, StmtIf, StmtImport,
    StmtImportFrom, StmtMatch, StmtNonlocal, StmtPass, StmtRaise, StmtReturn, StmtTry, StmtTryStar,
    StmtWhile, StmtWith, WithItem,
};
pub use transformer::{
    walk_arg_mut, walk_arguments_mut, walk_body_mut, walk_comprehension_mut,
    walk_except_handler_mut, walk_expr_mut, walk_keyword_mut, walk_match_case_mut, walk_mod_mut,
    walk_pattern_mut, walk_stmt_mut, walk_with_item_mut, Transformer,
};
pub use visitor::{
    walk_arg, walk_arguments, walk_body, walk_comprehension, walk_except_handler, walk_expr,
    walk_keyword, walk_match_case, walk_mod, walk_pattern, walk_stmt, walk_with_item, Visitor,
};

/// An identifier (a name, attribute, keyword or module name), as CPython
/// stores it: NFKC-normalised text. Kept inline up to 24 bytes, so most
/// names cost the parser no allocation.
pub type Identifier = compact_str::CompactString;
