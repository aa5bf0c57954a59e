//! The `from __future__` imports at the top of a module, as CPython's
//! `future.c` reads them before the symbol table is built.

use pyvm_ast::{Constant, Expr, Mod, Stmt, StmtImportFrom};
use pyvm_source::SourceFile;

use crate::error::{CompileError, CompileErrorKind};

/// The future features in effect for a module: those it imports, plus any
/// inherited (as `compile()` inherits its caller's).
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default, Hash)]
pub struct FutureFeatures {
    /// `from __future__ import annotations`: annotations are not evaluated
    /// (PEP 563), so the symbol table does not see the names in them.
    pub annotations: bool,
    /// `from __future__ import barry_as_FLUFL`: `<>` instead of `!=` (the
    /// parser's business; recorded for completeness).
    pub barry_as_flufl: bool,
}

impl FutureFeatures {
    /// Both sets of features together.
    #[must_use]
    pub fn union(self, other: FutureFeatures) -> FutureFeatures {
        FutureFeatures {
            annotations: self.annotations || other.annotations,
            barry_as_flufl: self.barry_as_flufl || other.barry_as_flufl,
        }
    }
}

/// The future features `module` imports, or the error CPython's
/// `future_parse` raises: an unknown feature, `braces`, or a future import
/// after another statement on the same line. (Late future imports on later
/// lines are left to codegen, as in CPython.)
pub fn scan(module: &Mod, file: &SourceFile) -> Result<FutureFeatures, CompileError> {
    let mut features = FutureFeatures::default();
    let body = match module {
        Mod::Module(m) => &m.body,
        Mod::Interactive(m) => &m.body,
        Mod::Expression(_) | Mod::FunctionType(_) => return Ok(features),
    };
    let skip = usize::from(is_docstring(body.first()));
    let mut done = false;
    let mut prev_line = 0;
    for stmt in &body[skip..] {
        let line = file.line_of(stmt.span().start);
        // Once a statement other than a future import is seen, only more
        // statements on its line are looked at.
        if done && line > prev_line {
            break;
        }
        prev_line = line;
        match stmt {
            Stmt::ImportFrom(import) if import.module.as_deref() == Some("__future__") => {
                if done {
                    return Err(CompileError::new(
                        CompileErrorKind::LateFutureImportOnSameLine,
                        import.span,
                    ));
                }
                check_features(import, &mut features)?;
            }
            _ => done = true,
        }
    }
    Ok(features)
}

fn check_features(
    import: &StmtImportFrom,
    features: &mut FutureFeatures,
) -> Result<(), CompileError> {
    for alias in &import.names {
        match &*alias.name {
            "nested_scopes" | "generators" | "division" | "absolute_import" | "with_statement"
            | "print_function" | "unicode_literals" | "generator_stop" => {}
            "barry_as_FLUFL" => features.barry_as_flufl = true,
            "annotations" => features.annotations = true,
            "braces" => {
                return Err(CompileError::new(CompileErrorKind::NotAChance, import.span));
            }
            other => {
                return Err(CompileError::new(
                    CompileErrorKind::FutureFeatureNotDefined { name: other.into() },
                    import.span,
                ));
            }
        }
    }
    Ok(())
}

/// Whether `stmt` is a docstring, as CPython's `_PyAST_GetDocString`.
fn is_docstring(stmt: Option<&Stmt>) -> bool {
    matches!(
        stmt,
        Some(Stmt::Expr(e)) if matches!(
            &*e.value,
            Expr::Constant(c) if matches!(c.value, Constant::Str(_) | Constant::StrWithSurrogates(_))
        )
    )
}
