//! Compile-time errors: everything CPython 3.11 rejects after parsing.
//!
//! Each [`CompileErrorKind`] carries CPython's message (its `Display`), the
//! exception class CPython raises ([`CompileErrorKind::exception_class`]) and
//! the pass that finds it ([`CompileErrorKind::stage`]): the scan for
//! `from __future__` imports (CPython's `future.c`), the symbol table pass
//! (`symtable.c`) or codegen (`compile.c`). CPython runs them in that order
//! over the whole module, so the first error reported is the first one of
//! the earliest pass.
//!
//! Positions: a [`CompileError`]'s span is the node CPython points at.
//! CPython reports such errors with 1-based columns counted in UTF-8
//! *bytes* (not characters, unlike the parser's errors);
//! [`CompileError::location`] computes the `lineno`, `offset`, `end_lineno`
//! and `end_offset` of the `SyntaxError` exactly as CPython sets them.

use std::fmt;

use pyvm_source::{Diagnostic, SourceFile, Span};

/// A compile-time error: what is wrong and where.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct CompileError {
    /// What is wrong; its `Display` is CPython's message.
    pub kind: CompileErrorKind,
    /// The node CPython points at.
    pub span: Span,
}

/// The exception CPython raises for a compile-time error.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum ExceptionClass {
    /// `SyntaxError`: every error except those below.
    SyntaxError,
    /// `RecursionError`: the tree nests too deeply to compile.
    RecursionError,
    /// `RuntimeError`: a tree kind the compiler does not handle.
    RuntimeError,
    /// `ValueError`: a tree no parser makes (built by hand).
    ValueError,
    /// `SyntaxWarning`: a warning, not an error; CPython raises it as a
    /// `SyntaxError` with the same message only when warnings are errors
    /// (`-W error`).
    SyntaxWarning,
}

impl ExceptionClass {
    /// The exception's Python name.
    pub fn name(self) -> &'static str {
        match self {
            ExceptionClass::SyntaxError => "SyntaxError",
            ExceptionClass::RecursionError => "RecursionError",
            ExceptionClass::RuntimeError => "RuntimeError",
            ExceptionClass::ValueError => "ValueError",
            ExceptionClass::SyntaxWarning => "SyntaxWarning",
        }
    }
}

/// The pass of the compiler that finds an error.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum Stage {
    /// The scan of the leading `from __future__` imports (CPython's
    /// `future.c`), done when the symbol table is built.
    Future,
    /// The symbol table pass (CPython's `symtable.c`).
    Symtable,
    /// Code generation (CPython's `compile.c`).
    Codegen,
}

/// Which comprehension a `yield` was found in.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum ComprehensionKind {
    /// `[elt for …]`
    List,
    /// `{elt for …}`
    Set,
    /// `{key: value for …}`
    Dict,
    /// `(elt for …)`
    Generator,
}

impl ComprehensionKind {
    /// How CPython's messages name the comprehension.
    pub fn description(self) -> &'static str {
        match self {
            ComprehensionKind::List => "list comprehension",
            ComprehensionKind::Set => "set comprehension",
            ComprehensionKind::Dict => "dict comprehension",
            ComprehensionKind::Generator => "generator expression",
        }
    }
}

/// Every error CPython 3.11's compiler raises after parsing, with its
/// message. Names in messages are the names as written (`{name}`), except
/// where noted.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum CompileErrorKind {
    // ---- future.c -------------------------------------------------------
    /// `future feature {name} is not defined`
    FutureFeatureNotDefined {
        /// The unknown feature.
        name: Box<str>,
    },
    /// `not a chance` (`from __future__ import braces`)
    NotAChance,
    /// `from __future__ imports must occur at the beginning of the file`,
    /// as `future.c` reports it: for a future import on the same line as an
    /// earlier statement, pointing one column before the import and with no
    /// end. (Codegen reports other late future imports as
    /// [`CompileErrorKind::LateFutureImport`].)
    LateFutureImportOnSameLine,

    // ---- symtable.c -----------------------------------------------------
    /// `duplicate argument '{name}' in function definition`
    DuplicateArgument {
        /// The parameter name.
        name: Box<str>,
    },
    /// `name '{name}' is parameter and global`
    ParameterAndGlobal {
        /// The declared name.
        name: Box<str>,
    },
    /// `name '{name}' is parameter and nonlocal`
    ParameterAndNonlocal {
        /// The declared name.
        name: Box<str>,
    },
    /// `name '{name}' is assigned to before global declaration`
    AssignedBeforeGlobal {
        /// The declared name.
        name: Box<str>,
    },
    /// `name '{name}' is assigned to before nonlocal declaration`
    AssignedBeforeNonlocal {
        /// The declared name.
        name: Box<str>,
    },
    /// `name '{name}' is used prior to global declaration`
    UsedBeforeGlobal {
        /// The declared name.
        name: Box<str>,
    },
    /// `name '{name}' is used prior to nonlocal declaration`
    UsedBeforeNonlocal {
        /// The declared name.
        name: Box<str>,
    },
    /// `annotated name '{name}' can't be global`
    AnnotatedGlobal {
        /// The declared name.
        name: Box<str>,
    },
    /// `annotated name '{name}' can't be nonlocal`
    AnnotatedNonlocal {
        /// The declared name.
        name: Box<str>,
    },
    /// `name '{name}' is nonlocal and global` (the name mangled).
    NonlocalAndGlobal {
        /// The declared name.
        name: Box<str>,
    },
    /// `nonlocal declaration not allowed at module level`
    NonlocalAtModuleLevel,
    /// `no binding for nonlocal '{name}' found` (the name mangled).
    NoBindingForNonlocal {
        /// The declared name.
        name: Box<str>,
    },
    /// `import * only allowed at module level`
    ImportStarNotAtModuleLevel,
    /// `assignment expression cannot be used in a comprehension iterable
    /// expression`
    NamedExprInComprehensionIterable,
    /// `assignment expression within a comprehension cannot be used in a
    /// class body`
    NamedExprInClassComprehension,
    /// `assignment expression cannot rebind comprehension iteration
    /// variable '{name}'`
    NamedExprRebindsIterationVariable {
        /// The target name.
        name: Box<str>,
    },
    /// `comprehension inner loop cannot rebind assignment expression target
    /// '{name}'`
    InnerLoopRebindsNamedExpr {
        /// The target name.
        name: Box<str>,
    },
    /// `'yield' inside list comprehension` (or set/dict comprehension,
    /// generator expression); also for `yield from`.
    YieldInComprehension {
        /// Which comprehension.
        comprehension: ComprehensionKind,
    },
    /// `'{what}' can not be used within an annotation`, where `what` is
    /// `yield expression`, `await expression` or `named expression` (only
    /// under `from __future__ import annotations`).
    NotAllowedInAnnotation {
        /// What was used.
        what: &'static str,
    },
    /// `maximum recursion depth exceeded during compilation`
    /// (RecursionError).
    RecursionLimit,
    /// `comprehension with no generators`: a hand-built tree (CPython's
    /// AST validation, a `ValueError`).
    ComprehensionWithoutGenerators,
    /// `this compiler does not handle FunctionTypes` (RuntimeError): a
    /// `func_type` tree cannot be compiled.
    FunctionTypeNotCompiled,

    // ---- compile.c ------------------------------------------------------
    /// `'return' outside function`
    ReturnOutsideFunction,
    /// `'return' with value in async generator`
    ReturnWithValueInAsyncGenerator,
    /// `'break' outside loop`
    BreakOutsideLoop,
    /// `'continue' not properly in loop`
    ContinueNotInLoop,
    /// `'yield' outside function` (also for `yield from`)
    YieldOutsideFunction,
    /// `'yield from' inside async function`
    YieldFromInAsyncFunction,
    /// `'await' outside function`
    AwaitOutsideFunction,
    /// `'await' outside async function`
    AwaitOutsideAsyncFunction,
    /// `'async with' outside async function`
    AsyncWithOutsideAsyncFunction,
    /// `'async for' outside async function`
    AsyncForOutsideAsyncFunction,
    /// `asynchronous comprehension outside of an asynchronous function`
    AsyncComprehensionOutsideAsyncFunction,
    /// `default 'except:' must be last`
    DefaultExceptNotLast,
    /// `too many statically nested blocks`
    TooManyNestedBlocks,
    /// `'break', 'continue' and 'return' cannot appear in an except* block`
    ControlFlowInExceptStar,
    /// `expected one or more exception types`: an `except*` handler
    /// without a type, which no parser makes (a hand-built tree).
    ExceptStarWithoutType,
    /// `starred assignment target must be in a list or tuple`
    StarredAssignmentTarget,
    /// `can't use starred expression here`
    StarredExpressionHere,
    /// `multiple starred expressions in assignment`
    MultipleStarredExpressions,
    /// `too many expressions in star-unpacking assignment`
    TooManyStarUnpackingExpressions,
    /// `too many expressions in star-unpacking sequence pattern`
    TooManyStarUnpackingInPattern,
    /// `keyword argument repeated: {name}`
    KeywordArgumentRepeated {
        /// The keyword.
        name: Box<str>,
    },
    /// `cannot assign to __debug__`
    AssignToDebug,
    /// `cannot delete __debug__`
    DeleteDebug,
    /// `from __future__ imports must occur at the beginning of the file`
    LateFutureImport,
    /// `multiple assignments to name '{name}' in pattern`
    MultipleAssignmentsInPattern {
        /// The captured name.
        name: Box<str>,
    },
    /// `name capture '{name}' makes remaining patterns unreachable`
    NameCaptureMakesRemainingUnreachable {
        /// The captured name.
        name: Box<str>,
    },
    /// `wildcard makes remaining patterns unreachable`
    WildcardMakesRemainingUnreachable,
    /// `alternative patterns bind different names`
    AlternativePatternsBindDifferentNames,
    /// `attribute name repeated in class pattern: {name}`
    AttributeRepeatedInClassPattern {
        /// The keyword attribute.
        name: Box<str>,
    },
    /// `mapping pattern keys may only match literals and attribute lookups`
    MappingPatternKeyNotLiteral,
    /// `mapping pattern checks duplicate key ({key})`, the key as its
    /// Python `repr()`.
    MappingPatternDuplicateKey {
        /// `repr()` of the repeated key.
        key: Box<str>,
    },
    /// `too many sub-patterns in mapping pattern` (more keys than an
    /// `int` can count)
    TooManySubpatternsInMappingPattern,
    /// `patterns may only match literals and attribute lookups`
    PatternValueNotLiteral,
    /// `multiple starred names in sequence pattern`
    MultipleStarredNamesInSequencePattern,

    // ---- compile.c warnings (SyntaxWarning) -----------------------------
    /// `"is" with a literal. Did you mean "=="?` or `"is not" with a
    /// literal. Did you mean "!="?`
    IsWithLiteral {
        /// Whether the operator is `is not`.
        negated: bool,
    },
    /// `'{type_name}' object is not callable; perhaps you missed a comma?`
    NotCallable {
        /// The literal's type (`int`, `tuple`…).
        type_name: &'static str,
    },
    /// `'{type_name}' object is not subscriptable; perhaps you missed a
    /// comma?`
    NotSubscriptable {
        /// The literal's type.
        type_name: &'static str,
    },
    /// `{type_name} indices must be integers or slices, not {index_type};
    /// perhaps you missed a comma?`
    InvalidIndexType {
        /// The subscripted literal's type.
        type_name: &'static str,
        /// The index literal's type.
        index_type: &'static str,
    },
    /// `assertion is always true, perhaps remove parentheses?`
    AssertionAlwaysTrue,
}

impl CompileErrorKind {
    /// The exception CPython raises.
    pub fn exception_class(&self) -> ExceptionClass {
        match self {
            CompileErrorKind::RecursionLimit => ExceptionClass::RecursionError,
            CompileErrorKind::FunctionTypeNotCompiled => ExceptionClass::RuntimeError,
            CompileErrorKind::ComprehensionWithoutGenerators => ExceptionClass::ValueError,
            CompileErrorKind::IsWithLiteral { .. }
            | CompileErrorKind::NotCallable { .. }
            | CompileErrorKind::NotSubscriptable { .. }
            | CompileErrorKind::InvalidIndexType { .. }
            | CompileErrorKind::AssertionAlwaysTrue => ExceptionClass::SyntaxWarning,
            _ => ExceptionClass::SyntaxError,
        }
    }

    /// The pass that reports the error.
    pub fn stage(&self) -> Stage {
        use CompileErrorKind as K;
        match self {
            K::FutureFeatureNotDefined { .. } | K::NotAChance | K::LateFutureImportOnSameLine => {
                Stage::Future
            }
            K::DuplicateArgument { .. }
            | K::ParameterAndGlobal { .. }
            | K::ParameterAndNonlocal { .. }
            | K::AssignedBeforeGlobal { .. }
            | K::AssignedBeforeNonlocal { .. }
            | K::UsedBeforeGlobal { .. }
            | K::UsedBeforeNonlocal { .. }
            | K::AnnotatedGlobal { .. }
            | K::AnnotatedNonlocal { .. }
            | K::NonlocalAndGlobal { .. }
            | K::NonlocalAtModuleLevel
            | K::NoBindingForNonlocal { .. }
            | K::ImportStarNotAtModuleLevel
            | K::NamedExprInComprehensionIterable
            | K::NamedExprInClassComprehension
            | K::NamedExprRebindsIterationVariable { .. }
            | K::InnerLoopRebindsNamedExpr { .. }
            | K::YieldInComprehension { .. }
            | K::NotAllowedInAnnotation { .. }
            | K::RecursionLimit
            | K::FunctionTypeNotCompiled
            | K::ComprehensionWithoutGenerators => Stage::Symtable,
            _ => Stage::Codegen,
        }
    }

    /// The message; the same text as `Display`.
    pub fn message(&self) -> String {
        self.to_string()
    }

    /// Whether CPython gives the error an end position. `future.c` reports
    /// only a start (`end_offset` is `None`).
    pub fn has_end(&self) -> bool {
        self.stage() != Stage::Future
    }
}

impl fmt::Display for CompileErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use CompileErrorKind as K;
        match self {
            K::FutureFeatureNotDefined { name } => {
                write!(f, "future feature {name} is not defined")
            }
            K::NotAChance => f.write_str("not a chance"),
            K::LateFutureImportOnSameLine | K::LateFutureImport => {
                f.write_str("from __future__ imports must occur at the beginning of the file")
            }
            K::DuplicateArgument { name } => {
                write!(f, "duplicate argument '{name}' in function definition")
            }
            K::ParameterAndGlobal { name } => write!(f, "name '{name}' is parameter and global"),
            K::ParameterAndNonlocal { name } => {
                write!(f, "name '{name}' is parameter and nonlocal")
            }
            K::AssignedBeforeGlobal { name } => {
                write!(f, "name '{name}' is assigned to before global declaration")
            }
            K::AssignedBeforeNonlocal { name } => {
                write!(
                    f,
                    "name '{name}' is assigned to before nonlocal declaration"
                )
            }
            K::UsedBeforeGlobal { name } => {
                write!(f, "name '{name}' is used prior to global declaration")
            }
            K::UsedBeforeNonlocal { name } => {
                write!(f, "name '{name}' is used prior to nonlocal declaration")
            }
            K::AnnotatedGlobal { name } => write!(f, "annotated name '{name}' can't be global"),
            K::AnnotatedNonlocal { name } => {
                write!(f, "annotated name '{name}' can't be nonlocal")
            }
            K::NonlocalAndGlobal { name } => write!(f, "name '{name}' is nonlocal and global"),
            K::NonlocalAtModuleLevel => {
                f.write_str("nonlocal declaration not allowed at module level")
            }
            K::NoBindingForNonlocal { name } => write!(f, "no binding for nonlocal '{name}' found"),
            K::ImportStarNotAtModuleLevel => f.write_str("import * only allowed at module level"),
            K::NamedExprInComprehensionIterable => f.write_str(
                "assignment expression cannot be used in a comprehension iterable expression",
            ),
            K::NamedExprInClassComprehension => f.write_str(
                "assignment expression within a comprehension cannot be used in a class body",
            ),
            K::NamedExprRebindsIterationVariable { name } => write!(
                f,
                "assignment expression cannot rebind comprehension iteration variable '{name}'"
            ),
            K::InnerLoopRebindsNamedExpr { name } => write!(
                f,
                "comprehension inner loop cannot rebind assignment expression target '{name}'"
            ),
            K::YieldInComprehension { comprehension } => {
                write!(f, "'yield' inside {}", comprehension.description())
            }
            K::NotAllowedInAnnotation { what } => {
                write!(f, "'{what}' can not be used within an annotation")
            }
            K::RecursionLimit => f.write_str("maximum recursion depth exceeded during compilation"),
            K::ComprehensionWithoutGenerators => f.write_str("comprehension with no generators"),
            K::FunctionTypeNotCompiled => {
                f.write_str("this compiler does not handle FunctionTypes")
            }
            K::ReturnOutsideFunction => f.write_str("'return' outside function"),
            K::ReturnWithValueInAsyncGenerator => {
                f.write_str("'return' with value in async generator")
            }
            K::BreakOutsideLoop => f.write_str("'break' outside loop"),
            K::ContinueNotInLoop => f.write_str("'continue' not properly in loop"),
            K::YieldOutsideFunction => f.write_str("'yield' outside function"),
            K::YieldFromInAsyncFunction => f.write_str("'yield from' inside async function"),
            K::AwaitOutsideFunction => f.write_str("'await' outside function"),
            K::AwaitOutsideAsyncFunction => f.write_str("'await' outside async function"),
            K::AsyncWithOutsideAsyncFunction => f.write_str("'async with' outside async function"),
            K::AsyncForOutsideAsyncFunction => f.write_str("'async for' outside async function"),
            K::AsyncComprehensionOutsideAsyncFunction => {
                f.write_str("asynchronous comprehension outside of an asynchronous function")
            }
            K::DefaultExceptNotLast => f.write_str("default 'except:' must be last"),
            K::TooManyNestedBlocks => f.write_str("too many statically nested blocks"),
            K::ControlFlowInExceptStar => {
                f.write_str("'break', 'continue' and 'return' cannot appear in an except* block")
            }
            K::ExceptStarWithoutType => f.write_str("expected one or more exception types"),
            K::StarredAssignmentTarget => {
                f.write_str("starred assignment target must be in a list or tuple")
            }
            K::StarredExpressionHere => f.write_str("can't use starred expression here"),
            K::MultipleStarredExpressions => {
                f.write_str("multiple starred expressions in assignment")
            }
            K::TooManyStarUnpackingInPattern => {
                f.write_str("too many expressions in star-unpacking sequence pattern")
            }
            K::TooManyStarUnpackingExpressions => {
                f.write_str("too many expressions in star-unpacking assignment")
            }
            K::KeywordArgumentRepeated { name } => write!(f, "keyword argument repeated: {name}"),
            K::AssignToDebug => f.write_str("cannot assign to __debug__"),
            K::DeleteDebug => f.write_str("cannot delete __debug__"),
            K::MultipleAssignmentsInPattern { name } => {
                write!(f, "multiple assignments to name '{name}' in pattern")
            }
            K::NameCaptureMakesRemainingUnreachable { name } => {
                write!(
                    f,
                    "name capture '{name}' makes remaining patterns unreachable"
                )
            }
            K::WildcardMakesRemainingUnreachable => {
                f.write_str("wildcard makes remaining patterns unreachable")
            }
            K::AlternativePatternsBindDifferentNames => {
                f.write_str("alternative patterns bind different names")
            }
            K::AttributeRepeatedInClassPattern { name } => {
                write!(f, "attribute name repeated in class pattern: {name}")
            }
            K::MappingPatternKeyNotLiteral => {
                f.write_str("mapping pattern keys may only match literals and attribute lookups")
            }
            K::MappingPatternDuplicateKey { key } => {
                write!(f, "mapping pattern checks duplicate key ({key})")
            }
            K::TooManySubpatternsInMappingPattern => {
                f.write_str("too many sub-patterns in mapping pattern")
            }
            K::PatternValueNotLiteral => {
                f.write_str("patterns may only match literals and attribute lookups")
            }
            K::MultipleStarredNamesInSequencePattern => {
                f.write_str("multiple starred names in sequence pattern")
            }
            K::IsWithLiteral { negated: false } => {
                f.write_str("\"is\" with a literal. Did you mean \"==\"?")
            }
            K::IsWithLiteral { negated: true } => {
                f.write_str("\"is not\" with a literal. Did you mean \"!=\"?")
            }
            K::NotCallable { type_name } => write!(
                f,
                "'{type_name}' object is not callable; perhaps you missed a comma?"
            ),
            K::NotSubscriptable { type_name } => write!(
                f,
                "'{type_name}' object is not subscriptable; perhaps you missed a comma?"
            ),
            K::InvalidIndexType {
                type_name,
                index_type,
            } => write!(
                f,
                "{type_name} indices must be integers or slices, not {index_type}; \
                 perhaps you missed a comma?"
            ),
            K::AssertionAlwaysTrue => {
                f.write_str("assertion is always true, perhaps remove parentheses?")
            }
        }
    }
}

/// Where a `SyntaxError` points, as CPython sets its attributes: 1-based
/// lines, 1-based columns in UTF-8 bytes.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub struct SyntaxLocation {
    /// `lineno`
    pub lineno: u32,
    /// `offset`
    pub offset: u32,
    /// `end_lineno`
    pub end_lineno: u32,
    /// `end_offset`; `None` when CPython gives none.
    pub end_offset: Option<u32>,
}

impl CompileError {
    /// An error of `kind` at `span`.
    pub fn new(kind: CompileErrorKind, span: Span) -> CompileError {
        CompileError { kind, span }
    }

    /// The `SyntaxError` attributes CPython sets for this error in `file`.
    pub fn location(&self, file: &SourceFile) -> SyntaxLocation {
        let start = file.line_col(self.span.start);
        if !self.kind.has_end() {
            // future.c calls PyErr_SyntaxLocationObject: a start only, and
            // for a late import on a shared line the 0-based column as is.
            let shift = u32::from(self.kind != CompileErrorKind::LateFutureImportOnSameLine);
            return SyntaxLocation {
                lineno: start.line,
                offset: start.column + shift,
                end_lineno: start.line,
                end_offset: None,
            };
        }
        let end = file.line_col(self.span.end);
        SyntaxLocation {
            lineno: start.line,
            offset: start.column + 1,
            end_lineno: end.line,
            end_offset: Some(end.column + 1),
        }
    }

    /// The error as a diagnostic for the renderers of `pyvm-source`
    /// (a warning for the `SyntaxWarning` kinds).
    pub fn to_diagnostic(&self) -> Diagnostic {
        match self.kind.exception_class() {
            ExceptionClass::SyntaxWarning => Diagnostic::warning(self.kind.to_string(), self.span),
            _ => Diagnostic::error(self.kind.to_string(), self.span),
        }
    }
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.kind.fmt(f)
    }
}

impl std::error::Error for CompileError {}
