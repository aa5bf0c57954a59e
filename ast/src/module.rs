//! Roots of a tree: CPython's `mod` sum type (what `ast.parse` returns for
//! each `mode`) and `type_ignore`.

use serde::{Deserialize, Serialize};

use crate::{Expr, Stmt};

/// A tree's root: CPython's `mod`. Each variant holds a struct named
/// `Mod<Variant>`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "_type")]
pub enum Mod {
    /// A module (`mode='exec'`).
    Module(ModModule),
    /// One interactive input (`mode='single'`).
    Interactive(ModInteractive),
    /// One expression (`mode='eval'`).
    Expression(ModExpression),
    /// A function type comment (`mode='func_type'`).
    FunctionType(ModFunctionType),
}

/// `Module(stmt* body, type_ignore* type_ignores)`.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct ModModule {
    /// The statements.
    pub body: Vec<Stmt>,
    /// `# type: ignore` comments (only with `type_comments=True`).
    pub type_ignores: Vec<TypeIgnore>,
}

/// `Interactive(stmt* body)`.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct ModInteractive {
    /// The statements.
    pub body: Vec<Stmt>,
}

/// `Expression(expr body)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ModExpression {
    /// The expression.
    pub body: Box<Expr>,
}

/// `FunctionType(expr* argtypes, expr returns)`: `(int, str) -> bool`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ModFunctionType {
    /// The argument types.
    pub argtypes: Vec<Expr>,
    /// The return type.
    pub returns: Box<Expr>,
}

/// `TypeIgnore(int lineno, string tag)`: a `# type: ignore[tag]` comment.
/// Has a line number field instead of a span, as in CPython.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "_type", rename = "TypeIgnore")]
pub struct TypeIgnore {
    /// The 1-based line of the comment.
    pub lineno: u32,
    /// The text after `ignore` (often empty).
    pub tag: Box<str>,
}

impl Mod {
    /// CPython's class name of the node (`"Module"`…).
    pub fn kind_name(&self) -> &'static str {
        match self {
            Mod::Module(_) => "Module",
            Mod::Interactive(_) => "Interactive",
            Mod::Expression(_) => "Expression",
            Mod::FunctionType(_) => "FunctionType",
        }
    }
}

impl From<ModModule> for Mod {
    fn from(node: ModModule) -> Mod {
        Mod::Module(node)
    }
}

impl From<ModInteractive> for Mod {
    fn from(node: ModInteractive) -> Mod {
        Mod::Interactive(node)
    }
}

impl From<ModExpression> for Mod {
    fn from(node: ModExpression) -> Mod {
        Mod::Expression(node)
    }
}

impl From<ModFunctionType> for Mod {
    fn from(node: ModFunctionType) -> Mod {
        Mod::FunctionType(node)
    }
}
