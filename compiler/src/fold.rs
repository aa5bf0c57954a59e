//! Constant folding: CPython 3.11's AST optimiser (`Python/ast_opt.c`),
//! run on the tree before codegen.
//!
//! What it rewrites, exactly as CPython does:
//!
//! - operators on constants: `-1`, `~5`, `not 0`, `2 ** 10`, `'ab' * 3`,
//!   `(1, 2) + (3,)`, `1 / 3`…, with Python's semantics for every type
//!   (arbitrary-precision ints, correctly rounded int → float conversion
//!   and true division, the signs of `//` and `%`, complex arithmetic bit
//!   for bit). An operation that would raise (`1 / 0`, `1 << -1`,
//!   `10.0 ** 400`, `-'a'`) is left for run time, as are results over the
//!   size limits of [`binary_op`] ([`MAX_INT_SIZE`] bits, …);
//! - loaded tuple displays of constants into tuple constants, and
//!   constant subscripts (`'abc'[1]`, `(1, 2)[-1]`);
//! - the operand of a final `in`/`not in` and the iterable of `for` and
//!   of comprehensions: a list display becomes a tuple, a set display of
//!   constants a `frozenset` constant;
//! - `not` over a single `is`, `is not`, `in` or `not in` comparison into
//!   the inverse comparison;
//! - `__debug__` into `True`, or `False` when optimising;
//! - `'%s=%r' % (a, b)` into an f-string (see `format.rs` for the exact
//!   shapes); as in CPython, a field's `format_spec` is then a `str`
//!   `Constant`, not the `JoinedStr` the parser makes for `f'{a:>5}'`;
//! - a first statement that becomes a string only by folding
//!   (`'a' 'b' + 'c'`) into a one-part f-string, so it is no docstring.
//!
//! A folded node becomes an `ast.Constant` (with `kind` `None`) that keeps
//! the span of the node it replaces. A `frozenset` constant lists its
//! members in first-insertion order, duplicates (by Python equality:
//! `{1, 1.0}`) dropped.
//!
//! ```
//! use pyvm_ast::{Expr, Mod, Stmt};
//! use pyvm_compiler::fold::fold_module;
//!
//! let mut module = Mod::Module(pyvm_parser::parse_module("x = 2 ** 10 - 1\n").unwrap());
//! fold_module(&mut module, 0).unwrap();
//! let Mod::Module(module) = &module else { unreachable!() };
//! let Stmt::Assign(assign) = &module.body[0] else { unreachable!() };
//! let Expr::Constant(value) = &*assign.value else { unreachable!() };
//! assert_eq!(value.value.repr(), "1023");
//! ```

mod complex;
mod float;
mod format;
mod int;
mod number;
mod operators;
mod sequence;
mod value;
mod walk;

use std::fmt;

use pyvm_ast::{Expr, Mod, Stmt};
use pyvm_parser::FoldSites;
use pyvm_source::Span;

pub use operators::{
    binary_op, subscript, unary_op, MAX_COLLECTION_SIZE, MAX_INT_SIZE, MAX_STR_SIZE,
    MAX_TOTAL_ITEMS,
};

/// How to fold.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FoldOptions {
    /// `compile()`'s `optimize` level (the `-O` count): `__debug__` is
    /// `True` at 0, `False` above.
    pub optimize: u8,
    /// `from __future__ import annotations` is in effect from outside the
    /// module (`compile()` flags, an enclosing `exec`); the module's own
    /// future import is always honoured. Annotations are then not folded.
    pub future_annotations: bool,
}

/// The optimiser gave up: the tree nests deeper than CPython's compiler
/// accepts. CPython raises `RecursionError: maximum recursion depth
/// exceeded during compilation` (not a SyntaxError: there is no position
/// in the message).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoldError {
    /// The node at which the limit was reached.
    pub span: Span,
}

impl FoldError {
    fn recursion(span: Span) -> FoldError {
        FoldError { span }
    }

    /// The Python exception class: `"RecursionError"`.
    pub fn exception_class(&self) -> &'static str {
        "RecursionError"
    }
}

impl fmt::Display for FoldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("maximum recursion depth exceeded during compilation")
    }
}

impl std::error::Error for FoldError {}

/// Folds a tree in place, `__debug__` being `optimize == 0`.
pub fn fold_module(module: &mut Mod, optimize: u8) -> Result<(), FoldError> {
    let options = FoldOptions {
        optimize,
        future_annotations: false,
    };
    fold_module_with(module, &options)
}

/// Folds a tree in place with the given options.
pub fn fold_module_with(module: &mut Mod, options: &FoldOptions) -> Result<(), FoldError> {
    fold_tree(module, options, None)
}

/// [`fold_module_with`] for a tree parsed with
/// `pyvm_parser::parse_with_fold_sites`, which gave `sites`: the
/// statements where no folding may begin are passed over, and the tree
/// folds the same. (A statement passed over raises no error for nesting
/// too deeply; the symbol table raises the same one.)
pub fn fold_module_at(
    module: &mut Mod,
    options: &FoldOptions,
    sites: &FoldSites,
) -> Result<(), FoldError> {
    fold_tree(module, options, Some(sites))
}

/// [`fold_module_with`], or [`fold_module_at`] when `sites` are given.
pub(crate) fn fold_tree(
    module: &mut Mod,
    options: &FoldOptions,
    sites: Option<&FoldSites>,
) -> Result<(), FoldError> {
    if sites.is_some_and(FoldSites::is_empty) {
        return Ok(());
    }
    let options = FoldOptions {
        future_annotations: options.future_annotations || imports_future_annotations(module),
        ..*options
    };
    let mut folder = walk::Folder::new(&options, sites);
    folder.fold_mod(module);
    folder.error.map_or(Ok(()), Err)
}

/// Folds one expression in place (as `compile(…, 'eval')` would).
pub fn fold_expr(expr: &mut Expr, options: &FoldOptions) -> Result<(), FoldError> {
    use pyvm_ast::Transformer;

    let mut folder = walk::Folder::new(options, None);
    folder.visit_expr(expr);
    folder.error.map_or(Ok(()), Err)
}

/// Whether a module starts with `from __future__ import annotations`
/// (CPython's `future_parse`): future imports may follow only a docstring
/// and other future imports (a late one is a SyntaxError, reported by the
/// compiler).
fn imports_future_annotations(module: &Mod) -> bool {
    let body = match module {
        Mod::Module(module) => &module.body,
        Mod::Interactive(module) => &module.body,
        Mod::Expression(_) | Mod::FunctionType(_) => return false,
    };
    let skip = usize::from(walk::has_docstring(body));
    body[skip..]
        .iter()
        .map_while(|stmt| match stmt {
            Stmt::ImportFrom(import) if import.module.as_deref() == Some("__future__") => {
                Some(import)
            }
            _ => None,
        })
        .any(|import| {
            import
                .names
                .iter()
                .any(|alias| &*alias.name == "annotations")
        })
}
