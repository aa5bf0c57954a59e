//! The field-less node kinds: expression contexts, operators and the
//! f-string conversion flag.

use serde::{Deserialize, Serialize};

/// CPython's `expr_context`: how a `Name`, `Attribute`, `Subscript`,
/// `Starred`, `List` or `Tuple` is used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ExprContext {
    /// Read (`x`).
    Load,
    /// Assigned to (`x = …`, `for x in …`).
    Store,
    /// Deleted (`del x`).
    Del,
}

/// CPython's `boolop`: the operator of a `BoolOp`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum BoolOp {
    /// `and`
    And,
    /// `or`
    Or,
}

/// CPython's `operator`: the operator of a `BinOp` or `AugAssign`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Operator {
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mult,
    /// `@`
    MatMult,
    /// `/`
    Div,
    /// `%`
    Mod,
    /// `**`
    Pow,
    /// `<<`
    LShift,
    /// `>>`
    RShift,
    /// `|`
    BitOr,
    /// `^`
    BitXor,
    /// `&`
    BitAnd,
    /// `//`
    FloorDiv,
}

/// CPython's `unaryop`: the operator of a `UnaryOp`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum UnaryOp {
    /// `~`
    Invert,
    /// `not`
    Not,
    /// unary `+`
    UAdd,
    /// unary `-`
    USub,
}

/// CPython's `cmpop`: one operator of a `Compare`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CmpOp {
    /// `==`
    Eq,
    /// `!=`
    NotEq,
    /// `<`
    Lt,
    /// `<=`
    LtE,
    /// `>`
    Gt,
    /// `>=`
    GtE,
    /// `is`
    Is,
    /// `is not`
    IsNot,
    /// `in`
    In,
    /// `not in`
    NotIn,
}

/// The `conversion` of a `FormattedValue` (`f"{x!r}"`).
///
/// CPython stores it as an int: `-1` for none, else the character code of
/// `s`, `r` or `a`; [`Conversion::as_int`] gives that number, which is what
/// `ast.dump` prints.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Conversion {
    /// No conversion (`-1`).
    None,
    /// `!s` (`115`).
    Str,
    /// `!r` (`114`).
    Repr,
    /// `!a` (`97`).
    Ascii,
}

impl Conversion {
    /// CPython's int for this conversion: `-1`, `115`, `114` or `97`.
    pub const fn as_int(self) -> i32 {
        match self {
            Conversion::None => -1,
            Conversion::Str => b's' as i32,
            Conversion::Repr => b'r' as i32,
            Conversion::Ascii => b'a' as i32,
        }
    }
}

impl ExprContext {
    /// CPython's class name (`"Load"`…).
    pub const fn name(self) -> &'static str {
        match self {
            ExprContext::Load => "Load",
            ExprContext::Store => "Store",
            ExprContext::Del => "Del",
        }
    }
}

impl BoolOp {
    /// CPython's class name (`"And"`, `"Or"`).
    pub const fn name(self) -> &'static str {
        match self {
            BoolOp::And => "And",
            BoolOp::Or => "Or",
        }
    }
}

impl Operator {
    /// CPython's class name (`"Add"`…).
    pub const fn name(self) -> &'static str {
        match self {
            Operator::Add => "Add",
            Operator::Sub => "Sub",
            Operator::Mult => "Mult",
            Operator::MatMult => "MatMult",
            Operator::Div => "Div",
            Operator::Mod => "Mod",
            Operator::Pow => "Pow",
            Operator::LShift => "LShift",
            Operator::RShift => "RShift",
            Operator::BitOr => "BitOr",
            Operator::BitXor => "BitXor",
            Operator::BitAnd => "BitAnd",
            Operator::FloorDiv => "FloorDiv",
        }
    }
}

impl UnaryOp {
    /// CPython's class name (`"Invert"`…).
    pub const fn name(self) -> &'static str {
        match self {
            UnaryOp::Invert => "Invert",
            UnaryOp::Not => "Not",
            UnaryOp::UAdd => "UAdd",
            UnaryOp::USub => "USub",
        }
    }
}

impl CmpOp {
    /// CPython's class name (`"Eq"`…).
    pub const fn name(self) -> &'static str {
        match self {
            CmpOp::Eq => "Eq",
            CmpOp::NotEq => "NotEq",
            CmpOp::Lt => "Lt",
            CmpOp::LtE => "LtE",
            CmpOp::Gt => "Gt",
            CmpOp::GtE => "GtE",
            CmpOp::Is => "Is",
            CmpOp::IsNot => "IsNot",
            CmpOp::In => "In",
            CmpOp::NotIn => "NotIn",
        }
    }
}
