//! What the first pass records about a name in a scope ([`SymbolFlags`],
//! CPython's `DEF_*`/`USE` bits) and what the analysis decides it is
//! ([`SymbolScope`]).

use std::fmt;
use std::ops::{BitOr, BitOrAssign};

/// The facts recorded about a name in one scope: CPython's `DEF_*` and
/// `USE` bits, with the same values (so `flags.bits() | scope << 11` is the
/// integer CPython's `symtable` module exposes).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct SymbolFlags(u16);

impl SymbolFlags {
    /// No flags.
    pub const EMPTY: SymbolFlags = SymbolFlags(0);
    /// Named in a `global` statement (or bound by an assignment expression
    /// in a comprehension whose target is global).
    pub const DEF_GLOBAL: SymbolFlags = SymbolFlags(1);
    /// Bound here: assigned, deleted, a `def`/`class` name, a loop or
    /// `with`/`except` target, a pattern capture.
    pub const DEF_LOCAL: SymbolFlags = SymbolFlags(2);
    /// A parameter.
    pub const DEF_PARAM: SymbolFlags = SymbolFlags(4);
    /// Named in a `nonlocal` statement (or the target of an assignment
    /// expression in a comprehension, which binds in the enclosing
    /// function).
    pub const DEF_NONLOCAL: SymbolFlags = SymbolFlags(8);
    /// Read here.
    pub const USE: SymbolFlags = SymbolFlags(16);
    /// Used but not defined in a nested block (unused since CPython 3.0;
    /// kept for the bit values).
    pub const DEF_FREE: SymbolFlags = SymbolFlags(32);
    /// A class-body name that is also free in a method.
    pub const DEF_FREE_CLASS: SymbolFlags = SymbolFlags(64);
    /// Bound by an import.
    pub const DEF_IMPORT: SymbolFlags = SymbolFlags(128);
    /// Annotated (`name: T`).
    pub const DEF_ANNOT: SymbolFlags = SymbolFlags(256);
    /// An iteration variable of a comprehension.
    pub const DEF_COMP_ITER: SymbolFlags = SymbolFlags(512);
    /// Any binding: `DEF_LOCAL | DEF_PARAM | DEF_IMPORT`.
    pub const DEF_BOUND: SymbolFlags = SymbolFlags(2 | 4 | 128);

    /// Every flag with its CPython name, lowest bit first.
    pub const NAMED: [(SymbolFlags, &'static str); 10] = [
        (SymbolFlags::DEF_GLOBAL, "DEF_GLOBAL"),
        (SymbolFlags::DEF_LOCAL, "DEF_LOCAL"),
        (SymbolFlags::DEF_PARAM, "DEF_PARAM"),
        (SymbolFlags::DEF_NONLOCAL, "DEF_NONLOCAL"),
        (SymbolFlags::USE, "USE"),
        (SymbolFlags::DEF_FREE, "DEF_FREE"),
        (SymbolFlags::DEF_FREE_CLASS, "DEF_FREE_CLASS"),
        (SymbolFlags::DEF_IMPORT, "DEF_IMPORT"),
        (SymbolFlags::DEF_ANNOT, "DEF_ANNOT"),
        (SymbolFlags::DEF_COMP_ITER, "DEF_COMP_ITER"),
    ];

    /// The raw bits, CPython's values.
    pub const fn bits(self) -> u16 {
        self.0
    }

    /// Whether every flag of `other` is set.
    pub const fn contains(self, other: SymbolFlags) -> bool {
        self.0 & other.0 == other.0
    }

    /// Whether any flag of `other` is set.
    pub const fn intersects(self, other: SymbolFlags) -> bool {
        self.0 & other.0 != 0
    }

    /// Whether no flag is set.
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }
}

impl BitOr for SymbolFlags {
    type Output = SymbolFlags;

    fn bitor(self, rhs: SymbolFlags) -> SymbolFlags {
        SymbolFlags(self.0 | rhs.0)
    }
}

impl BitOrAssign for SymbolFlags {
    fn bitor_assign(&mut self, rhs: SymbolFlags) {
        self.0 |= rhs.0;
    }
}

/// `DEF_LOCAL|USE`, or `-` when empty.
impl fmt::Display for SymbolFlags {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_empty() {
            return f.write_str("-");
        }
        let mut first = true;
        for (flag, name) in SymbolFlags::NAMED {
            if self.contains(flag) {
                if !first {
                    f.write_str("|")?;
                }
                f.write_str(name)?;
                first = false;
            }
        }
        Ok(())
    }
}

impl fmt::Debug for SymbolFlags {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SymbolFlags({self})")
    }
}

/// Where a name lives, as CPython's analysis decides (`LOCAL`,
/// `GLOBAL_EXPLICIT`, `GLOBAL_IMPLICIT`, `FREE`, `CELL`).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum SymbolScope {
    /// Bound in this scope and not captured by a nested one.
    Local,
    /// Declared `global` here (or, for a module, in any function).
    GlobalExplicit,
    /// Not bound in any enclosing function: a global or a builtin.
    GlobalImplicit,
    /// Bound in an enclosing function (or `nonlocal`): read through a cell.
    Free,
    /// Bound here and captured by a nested scope: stored in a cell.
    Cell,
}

impl SymbolScope {
    /// CPython's value (`LOCAL` is 1 … `CELL` is 5).
    pub const fn value(self) -> u8 {
        match self {
            SymbolScope::Local => 1,
            SymbolScope::GlobalExplicit => 2,
            SymbolScope::GlobalImplicit => 3,
            SymbolScope::Free => 4,
            SymbolScope::Cell => 5,
        }
    }

    /// CPython's name (`"LOCAL"`…).
    pub const fn name(self) -> &'static str {
        match self {
            SymbolScope::Local => "LOCAL",
            SymbolScope::GlobalExplicit => "GLOBAL_EXPLICIT",
            SymbolScope::GlobalImplicit => "GLOBAL_IMPLICIT",
            SymbolScope::Free => "FREE",
            SymbolScope::Cell => "CELL",
        }
    }
}
