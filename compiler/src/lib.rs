//! Compiles a `pyvm-ast` module into `pyvm-bytecode` code objects.
//!
//! [`compile`] runs the stages CPython 3.11's compiler runs, in its order:
//! constant folding ([`fold`], as CPython's AST optimiser), the symbol
//! table ([`symtable`]: scopes and what each name is), then codegen, which
//! walks the tree once per code object and assembles each (jump targets,
//! exception table, line table, stack depth). [`compile_source`] parses
//! first. Errors carry CPython's messages and positions ([`CompileError`]).
//!
//! ```
//! use pyvm_bytecode::disassemble;
//! use pyvm_compiler::{compile_source, CompileOptions, Mode};
//! use pyvm_source::SourceFile;
//!
//! let file = SourceFile::new("<example>", "x = 1\n");
//! let code = compile_source(&file, Mode::Exec, &CompileOptions::default()).unwrap();
//! assert_eq!(code.name, "<module>");
//! assert!(disassemble(&code).contains("STORE_NAME               0 (x)"));
//!
//! let file = SourceFile::new("<example>", "return 1\n");
//! let error = compile_source(&file, Mode::Exec, &CompileOptions::default()).unwrap_err();
//! assert_eq!(error.to_string(), "'return' outside function");
//! ```

mod codegen;
pub mod error;
pub mod fold;
pub mod symtable;
pub mod unparse;

use std::fmt;

use pyvm_ast::Mod;
use pyvm_bytecode::CodeObject;
use pyvm_parser::{FoldSites, ParseError};
use pyvm_source::{Diagnostic, SourceFile};

pub use error::{CompileError, CompileErrorKind};
pub use pyvm_parser::Mode;
pub use symtable::FutureFeatures;

/// How deeply statements, expressions and patterns may nest in the passes
/// that walk the tree (folding, the symbol table): CPython's default
/// recursion limit (1000) times its `COMPILER_STACK_FRAME_SCALE` (3), for
/// code compiled with no Python frame on the stack.
const RECURSION_LIMIT: u32 = 3000;

/// How to compile, as the `flags` and `optimize` arguments of CPython's
/// `compile()`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CompileOptions {
    /// `optimize`: 0 keeps `assert` statements and `__debug__` is true; 1
    /// removes them and `__debug__` is false; 2 also drops docstrings.
    pub optimize: u8,
    /// Future features in force from outside the source (inherited as
    /// `compile()` and `exec()` inherit their caller's).
    pub future: FutureFeatures,
}

/// Compiles a parsed tree whose text is `file`: folds its constants in
/// place, builds its symbol table, and generates the code object of the
/// module (or expression, or interactive statement).
pub fn compile(
    tree: &mut Mod,
    file: &SourceFile,
    options: &CompileOptions,
) -> Result<CodeObject, CompileError> {
    compile_tree(tree, None, file, options)
}

/// [`compile`], folding only at `fold_sites` when the parser gave them.
fn compile_tree(
    tree: &mut Mod,
    fold_sites: Option<&FoldSites>,
    file: &SourceFile,
    options: &CompileOptions,
) -> Result<CodeObject, CompileError> {
    let folding = fold::FoldOptions {
        optimize: options.optimize,
        future_annotations: options.future.annotations,
    };
    fold::fold_tree(tree, &folding, fold_sites)
        .map_err(|e| CompileError::new(CompileErrorKind::RecursionLimit, e.span))?;
    let table = symtable::build_with_future(tree, file, options.future)?;
    codegen::generate(tree, file, &table, options)
}

/// Why source text did not compile: a syntax error found by the parser,
/// or one found by the compiler.
#[derive(Clone, Debug, PartialEq)]
pub enum SourceError {
    /// The parser rejected the text.
    Parse(ParseError),
    /// The compiler rejected the tree.
    Compile(CompileError),
}

impl SourceError {
    /// The error as a diagnostic to render.
    pub fn to_diagnostic(&self) -> Diagnostic {
        match self {
            SourceError::Parse(e) => e.to_diagnostic(),
            SourceError::Compile(e) => e.to_diagnostic(),
        }
    }
}

impl fmt::Display for SourceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SourceError::Parse(e) => e.fmt(f),
            SourceError::Compile(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for SourceError {}

/// Parses `file` as `mode` says and compiles it.
pub fn compile_source(
    file: &SourceFile,
    mode: Mode,
    options: &CompileOptions,
) -> Result<CodeObject, SourceError> {
    let (mut tree, fold_sites) =
        pyvm_parser::parse_with_fold_sites(file.text(), mode).map_err(SourceError::Parse)?;
    compile_tree(&mut tree, Some(&fold_sites), file, options).map_err(SourceError::Compile)
}
