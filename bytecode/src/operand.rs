//! The typed operands of [`Instruction`](crate::Instruction)s: index
//! newtypes into a code object's tables, jump labels, and the small operator
//! enums and flag sets that CPython packs into an integer `oparg`.

use std::fmt;

use bitflags::bitflags;

/// An index into [`CodeObject::consts`](crate::CodeObject::consts).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ConstIdx(pub u32);

/// An index into [`CodeObject::names`](crate::CodeObject::names): global,
/// attribute and imported names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NameIdx(pub u32);

/// An index into [`CodeObject::varnames`](crate::CodeObject::varnames): the
/// fast locals, arguments first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LocalIdx(pub u32);

/// An index into the cell variables followed by the free variables
/// ([`CodeObject::cellvars`](crate::CodeObject::cellvars) `++`
/// [`CodeObject::freevars`](crate::CodeObject::freevars)), cells first.
///
/// CPython 3.11 indexes one "localsplus" array holding locals, cells and
/// free variables together; pyvm keeps the locals apart, so a cell index
/// counts from the first cell variable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CellIdx(pub u32);

/// A jump target: the absolute index of an instruction in
/// [`CodeObject::instructions`](crate::CodeObject::instructions).
///
/// CPython 3.11 jumps are relative and count 2-byte code units; pyvm has no
/// code units or inline caches, so a label is simply the position of the
/// instruction jumped to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Label(pub u32);

/// `index()` and `Display` for the index newtypes above.
macro_rules! impl_index {
    ($($name:ident),*) => {$(
        impl $name {
            /// The index as a `usize`, for indexing a slice.
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}", self.0)
            }
        }
    )*};
}

impl_index!(ConstIdx, NameIdx, LocalIdx, CellIdx, Label);

/// The operator of [`Instruction::BinaryOp`](crate::Instruction::BinaryOp):
/// CPython 3.11's `NB_*` constants, with the same numbers, including the
/// in-place forms used by augmented assignment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum BinaryOperator {
    /// `+` (`NB_ADD`)
    Add = 0,
    /// `&` (`NB_AND`)
    And = 1,
    /// `//` (`NB_FLOOR_DIVIDE`)
    FloorDivide = 2,
    /// `<<` (`NB_LSHIFT`)
    LShift = 3,
    /// `@` (`NB_MATRIX_MULTIPLY`)
    MatrixMultiply = 4,
    /// `*` (`NB_MULTIPLY`)
    Multiply = 5,
    /// `%` (`NB_REMAINDER`)
    Remainder = 6,
    /// `|` (`NB_OR`)
    Or = 7,
    /// `**` (`NB_POWER`)
    Power = 8,
    /// `>>` (`NB_RSHIFT`)
    RShift = 9,
    /// `-` (`NB_SUBTRACT`)
    Subtract = 10,
    /// `/` (`NB_TRUE_DIVIDE`)
    TrueDivide = 11,
    /// `^` (`NB_XOR`)
    Xor = 12,
    /// `+=` (`NB_INPLACE_ADD`)
    InplaceAdd = 13,
    /// `&=` (`NB_INPLACE_AND`)
    InplaceAnd = 14,
    /// `//=` (`NB_INPLACE_FLOOR_DIVIDE`)
    InplaceFloorDivide = 15,
    /// `<<=` (`NB_INPLACE_LSHIFT`)
    InplaceLShift = 16,
    /// `@=` (`NB_INPLACE_MATRIX_MULTIPLY`)
    InplaceMatrixMultiply = 17,
    /// `*=` (`NB_INPLACE_MULTIPLY`)
    InplaceMultiply = 18,
    /// `%=` (`NB_INPLACE_REMAINDER`)
    InplaceRemainder = 19,
    /// `|=` (`NB_INPLACE_OR`)
    InplaceOr = 20,
    /// `**=` (`NB_INPLACE_POWER`)
    InplacePower = 21,
    /// `>>=` (`NB_INPLACE_RSHIFT`)
    InplaceRShift = 22,
    /// `-=` (`NB_INPLACE_SUBTRACT`)
    InplaceSubtract = 23,
    /// `/=` (`NB_INPLACE_TRUE_DIVIDE`)
    InplaceTrueDivide = 24,
    /// `^=` (`NB_INPLACE_XOR`)
    InplaceXor = 25,
}

impl BinaryOperator {
    /// All operators, in `NB_*` order (`ALL[n]` has number `n`).
    pub const ALL: [BinaryOperator; 26] = [
        BinaryOperator::Add,
        BinaryOperator::And,
        BinaryOperator::FloorDivide,
        BinaryOperator::LShift,
        BinaryOperator::MatrixMultiply,
        BinaryOperator::Multiply,
        BinaryOperator::Remainder,
        BinaryOperator::Or,
        BinaryOperator::Power,
        BinaryOperator::RShift,
        BinaryOperator::Subtract,
        BinaryOperator::TrueDivide,
        BinaryOperator::Xor,
        BinaryOperator::InplaceAdd,
        BinaryOperator::InplaceAnd,
        BinaryOperator::InplaceFloorDivide,
        BinaryOperator::InplaceLShift,
        BinaryOperator::InplaceMatrixMultiply,
        BinaryOperator::InplaceMultiply,
        BinaryOperator::InplaceRemainder,
        BinaryOperator::InplaceOr,
        BinaryOperator::InplacePower,
        BinaryOperator::InplaceRShift,
        BinaryOperator::InplaceSubtract,
        BinaryOperator::InplaceTrueDivide,
        BinaryOperator::InplaceXor,
    ];

    /// The operator with CPython's `NB_*` number `number`, if there is one.
    pub fn from_number(number: u8) -> Option<BinaryOperator> {
        BinaryOperator::ALL.get(usize::from(number)).copied()
    }

    /// CPython's `NB_*` number (the `oparg` of `BINARY_OP`).
    pub fn number(self) -> u8 {
        self as u8
    }

    /// The source symbol, as `dis` shows it: `+`, `//`, `**=`, …
    pub fn symbol(self) -> &'static str {
        match self {
            BinaryOperator::Add => "+",
            BinaryOperator::And => "&",
            BinaryOperator::FloorDivide => "//",
            BinaryOperator::LShift => "<<",
            BinaryOperator::MatrixMultiply => "@",
            BinaryOperator::Multiply => "*",
            BinaryOperator::Remainder => "%",
            BinaryOperator::Or => "|",
            BinaryOperator::Power => "**",
            BinaryOperator::RShift => ">>",
            BinaryOperator::Subtract => "-",
            BinaryOperator::TrueDivide => "/",
            BinaryOperator::Xor => "^",
            BinaryOperator::InplaceAdd => "+=",
            BinaryOperator::InplaceAnd => "&=",
            BinaryOperator::InplaceFloorDivide => "//=",
            BinaryOperator::InplaceLShift => "<<=",
            BinaryOperator::InplaceMatrixMultiply => "@=",
            BinaryOperator::InplaceMultiply => "*=",
            BinaryOperator::InplaceRemainder => "%=",
            BinaryOperator::InplaceOr => "|=",
            BinaryOperator::InplacePower => "**=",
            BinaryOperator::InplaceRShift => ">>=",
            BinaryOperator::InplaceSubtract => "-=",
            BinaryOperator::InplaceTrueDivide => "/=",
            BinaryOperator::InplaceXor => "^=",
        }
    }

    /// Whether this is an augmented-assignment form (`+=`), which tries the
    /// in-place dunder (`__iadd__`) before the plain one.
    pub fn is_inplace(self) -> bool {
        self.number() >= BinaryOperator::InplaceAdd.number()
    }

    /// The plain operator behind an in-place one (`+=` → `+`); a plain
    /// operator is returned as it is.
    pub fn without_inplace(self) -> BinaryOperator {
        if self.is_inplace() {
            BinaryOperator::ALL[usize::from(self.number() - BinaryOperator::InplaceAdd.number())]
        } else {
            self
        }
    }
}

/// The operator of [`Instruction::CompareOp`](crate::Instruction::CompareOp),
/// numbered as CPython 3.11's `cmp_op` (`Py_LT` … `Py_GE`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum ComparisonOperator {
    /// `<`
    Less = 0,
    /// `<=`
    LessEqual = 1,
    /// `==`
    Equal = 2,
    /// `!=`
    NotEqual = 3,
    /// `>`
    Greater = 4,
    /// `>=`
    GreaterEqual = 5,
}

impl ComparisonOperator {
    /// All operators, in `cmp_op` order.
    pub const ALL: [ComparisonOperator; 6] = [
        ComparisonOperator::Less,
        ComparisonOperator::LessEqual,
        ComparisonOperator::Equal,
        ComparisonOperator::NotEqual,
        ComparisonOperator::Greater,
        ComparisonOperator::GreaterEqual,
    ];

    /// The operator with `cmp_op` number `number`, if there is one.
    pub fn from_number(number: u8) -> Option<ComparisonOperator> {
        ComparisonOperator::ALL.get(usize::from(number)).copied()
    }

    /// The `cmp_op` number (the `oparg` of `COMPARE_OP`).
    pub fn number(self) -> u8 {
        self as u8
    }

    /// The source symbol, as `dis` shows it.
    pub fn symbol(self) -> &'static str {
        match self {
            ComparisonOperator::Less => "<",
            ComparisonOperator::LessEqual => "<=",
            ComparisonOperator::Equal => "==",
            ComparisonOperator::NotEqual => "!=",
            ComparisonOperator::Greater => ">",
            ComparisonOperator::GreaterEqual => ">=",
        }
    }
}

/// The conversion of [`Instruction::FormatValue`](crate::Instruction::FormatValue)
/// (`f"{x!r}"`), numbered as CPython's `FVC_*` constants.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Conversion {
    /// No conversion: `format(value, spec)`.
    None = 0,
    /// `!s`: `str(value)` first.
    Str = 1,
    /// `!r`: `repr(value)` first.
    Repr = 2,
    /// `!a`: `ascii(value)` first.
    Ascii = 3,
}

impl Conversion {
    /// The conversion with `FVC_*` number `number`, if there is one.
    pub fn from_number(number: u8) -> Option<Conversion> {
        match number {
            0 => Some(Conversion::None),
            1 => Some(Conversion::Str),
            2 => Some(Conversion::Repr),
            3 => Some(Conversion::Ascii),
            _ => None,
        }
    }

    /// The `FVC_*` number.
    pub fn number(self) -> u8 {
        self as u8
    }

    /// The name `dis` shows: `""`, `"str"`, `"repr"` or `"ascii"`.
    pub fn name(self) -> &'static str {
        match self {
            Conversion::None => "",
            Conversion::Str => "str",
            Conversion::Repr => "repr",
            Conversion::Ascii => "ascii",
        }
    }
}

bitflags! {
    /// What [`Instruction::MakeFunction`](crate::Instruction::MakeFunction)
    /// pops below the code object, as CPython 3.11's `MAKE_FUNCTION` oparg
    /// bits.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub struct MakeFunctionFlags: u8 {
        /// A tuple of positional defaults.
        const DEFAULTS = 0x01;
        /// A dict of keyword-only defaults.
        const KWDEFAULTS = 0x02;
        /// A tuple of annotations (name, value, name, value, …).
        const ANNOTATIONS = 0x04;
        /// A tuple of cells for the free variables.
        const CLOSURE = 0x08;
    }
}

impl MakeFunctionFlags {
    /// The flag names `dis` shows, comma-separated: `"defaults, closure"`.
    pub fn describe(self) -> String {
        let names = [
            (MakeFunctionFlags::DEFAULTS, "defaults"),
            (MakeFunctionFlags::KWDEFAULTS, "kwdefaults"),
            (MakeFunctionFlags::ANNOTATIONS, "annotations"),
            (MakeFunctionFlags::CLOSURE, "closure"),
        ];
        let shown: Vec<&str> = names
            .iter()
            .filter(|(flag, _)| self.contains(*flag))
            .map(|(_, name)| *name)
            .collect();
        shown.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_operator_numbers_round_trip() {
        for (number, op) in BinaryOperator::ALL.iter().enumerate() {
            assert_eq!(usize::from(op.number()), number);
            assert_eq!(BinaryOperator::from_number(number as u8), Some(*op));
        }
        assert_eq!(BinaryOperator::from_number(26), None);
    }

    #[test]
    fn inplace_operators_map_to_plain_ones() {
        assert!(BinaryOperator::InplaceXor.is_inplace());
        assert!(!BinaryOperator::Xor.is_inplace());
        assert_eq!(
            BinaryOperator::InplaceAdd.without_inplace(),
            BinaryOperator::Add
        );
        assert_eq!(
            BinaryOperator::InplacePower.without_inplace(),
            BinaryOperator::Power
        );
        assert_eq!(
            BinaryOperator::Subtract.without_inplace(),
            BinaryOperator::Subtract
        );
        for op in BinaryOperator::ALL.iter().filter(|op| op.is_inplace()) {
            let plain = op.without_inplace();
            assert_eq!(format!("{}=", plain.symbol()), op.symbol());
        }
    }

    #[test]
    fn comparison_operators_number_as_cmp_op() {
        let symbols: Vec<&str> = ComparisonOperator::ALL
            .iter()
            .map(|op| op.symbol())
            .collect();
        assert_eq!(symbols, ["<", "<=", "==", "!=", ">", ">="]);
        assert_eq!(
            ComparisonOperator::from_number(3),
            Some(ComparisonOperator::NotEqual)
        );
        assert_eq!(ComparisonOperator::from_number(6), None);
    }

    #[test]
    fn conversion_numbers() {
        for number in 0..4 {
            assert_eq!(
                Conversion::from_number(number).map(Conversion::number),
                Some(number)
            );
        }
        assert_eq!(Conversion::from_number(4), None);
        assert_eq!(Conversion::Repr.name(), "repr");
    }

    #[test]
    fn make_function_flags_describe_like_dis() {
        assert_eq!(MakeFunctionFlags::empty().describe(), "");
        let flags = MakeFunctionFlags::DEFAULTS | MakeFunctionFlags::CLOSURE;
        assert_eq!(flags.describe(), "defaults, closure");
        assert_eq!(flags.bits(), 9);
    }
}
