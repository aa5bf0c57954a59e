//! Code objects: the compiled form of a module, class body, function,
//! lambda or comprehension, with the same fields as CPython's `types.CodeType`.

use bitflags::bitflags;
use compact_str::CompactString;

use crate::constant::Constant;
use crate::exception_table::ExceptionTableEntry;
use crate::instruction::Instruction;
use crate::locations::Locations;
use crate::operand::CellIdx;

/// A name of a code object (in `co_names`, `co_varnames`, …): kept
/// inline up to 24 bytes, so most cost no allocation of their own.
pub type Name = CompactString;

bitflags! {
    /// `co_flags`, with CPython's values for each flag.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
    pub struct CodeFlags: u32 {
        /// Locals are fast locals (`varnames`), not a dict: set for functions.
        const OPTIMIZED = 0x0001;
        /// A new locals namespace is made for each run: set for functions.
        const NEWLOCALS = 0x0002;
        /// Takes `*args`: the local after the positional and keyword-only
        /// arguments.
        const VARARGS = 0x0004;
        /// Takes `**kwargs`: the local after `*args` (if any).
        const VARKEYWORDS = 0x0008;
        /// Defined inside another function.
        const NESTED = 0x0010;
        /// Calling it makes a generator.
        const GENERATOR = 0x0020;
        /// Has no cell or free variables.
        const NOFREE = 0x0040;
        /// Calling it makes a coroutine (`async def`).
        const COROUTINE = 0x0080;
        /// A generator-based coroutine (`types.coroutine`).
        const ITERABLE_COROUTINE = 0x0100;
        /// Calling it makes an async generator.
        const ASYNC_GENERATOR = 0x0200;
        /// Compiled under `from __future__ import annotations`
        /// (CPython's `CO_FUTURE_ANNOTATIONS`).
        const FUTURE_ANNOTATIONS = 0x0100_0000;
    }
}

/// The source range of one instruction, as CPython 3.11's `co_positions()`
/// yields it: 1-based lines, 0-based columns counted in UTF-8 bytes (as
/// CPython's), end column exclusive. `None` is "unknown", as CPython's
/// `None`: an instruction the compiler made up has no line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Location {
    /// First line.
    pub line: Option<u32>,
    /// Last line.
    pub end_line: Option<u32>,
    /// Column of the first byte.
    pub col: Option<u32>,
    /// Column just past the last byte.
    pub end_col: Option<u32>,
}

impl Location {
    /// No position at all.
    pub const NONE: Location = Location {
        line: None,
        end_line: None,
        col: None,
        end_col: None,
    };

    /// A range from `(line, col)` to `(end_line, end_col)`.
    pub fn new(line: u32, col: u32, end_line: u32, end_col: u32) -> Location {
        Location {
            line: Some(line),
            end_line: Some(end_line),
            col: Some(col),
            end_col: Some(end_col),
        }
    }

    /// A whole line, without columns.
    pub fn line(line: u32) -> Location {
        Location {
            line: Some(line),
            end_line: Some(line),
            col: None,
            end_col: None,
        }
    }
}

/// A compiled unit of code, with the fields of CPython's code objects.
///
/// `nlocals` is not stored: it is `varnames.len()` ([`CodeObject::nlocals`]).
/// The arguments are the first locals, in the order positional-only,
/// positional-or-keyword, keyword-only, `*args`, `**kwargs`, as in CPython.
/// A cell variable that is also an argument is named in both `varnames`
/// and `cellvars`; the VM moves the argument into its cell at frame entry,
/// as CPython's `MAKE_CELL` does.
///
/// `instructions`, `locations` and `exception_table` replace CPython's
/// `co_code`, `co_linetable` and `co_exceptiontable`; `max_stack_depth` is
/// `co_stacksize`. The VM trusts a code object only after [`verify`]
/// (loading a file verifies it).
///
/// [`verify`]: crate::verify
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct CodeObject {
    /// Positional arguments, including positional-only ones (`co_argcount`).
    pub argcount: u32,
    /// Positional-only arguments (`co_posonlyargcount`).
    pub posonlyargcount: u32,
    /// Keyword-only arguments (`co_kwonlyargcount`).
    pub kwonlyargcount: u32,
    /// `co_flags`.
    pub flags: CodeFlags,
    /// Global, attribute and imported names (`co_names`).
    pub names: Vec<Name>,
    /// Fast locals, arguments first (`co_varnames`).
    pub varnames: Vec<Name>,
    /// Locals captured by nested functions (`co_cellvars`).
    pub cellvars: Vec<Name>,
    /// Variables captured from enclosing functions (`co_freevars`).
    pub freevars: Vec<Name>,
    /// Constants (`co_consts`).
    pub consts: Vec<Constant>,
    /// The function or class name, `<module>`, `<lambda>`, `<listcomp>`…
    /// (`co_name`).
    pub name: String,
    /// The dotted path, `C.f.<locals>.g` (`co_qualname`).
    pub qualname: String,
    /// The source file (`co_filename`).
    pub filename: String,
    /// The line of the `def`, `class` or first statement (`co_firstlineno`).
    pub firstlineno: u32,
    /// The code.
    pub instructions: Vec<Instruction>,
    /// One source range per instruction.
    pub locations: Locations,
    /// Where exceptions go.
    pub exception_table: Vec<ExceptionTableEntry>,
    /// The deepest the value stack gets (`co_stacksize`).
    pub max_stack_depth: u32,
}

impl CodeObject {
    /// An empty code object named `name` (and qualified name `name`) from
    /// `filename`, starting at line `firstlineno`, for a compiler to fill.
    pub fn new(name: impl Into<String>, filename: impl Into<String>, firstlineno: u32) -> Self {
        let name = name.into();
        CodeObject {
            qualname: name.clone(),
            name,
            filename: filename.into(),
            firstlineno,
            ..CodeObject::default()
        }
    }

    /// `co_nlocals`: the number of fast locals.
    pub fn nlocals(&self) -> usize {
        self.varnames.len()
    }

    /// The number of cell and free variables, the range of a [`CellIdx`].
    pub fn ncells(&self) -> usize {
        self.cellvars.len() + self.freevars.len()
    }

    /// The name of a cell or free variable.
    pub fn cell_name(&self, cell: CellIdx) -> Option<&str> {
        let index = cell.index();
        match index.checked_sub(self.cellvars.len()) {
            None => self.cellvars.get(index),
            Some(free) => self.freevars.get(free),
        }
        .map(Name::as_str)
    }

    /// The number of arguments, counting `*args` and `**kwargs`: the
    /// locals a call fills.
    pub fn total_args(&self) -> u64 {
        u64::from(self.argcount)
            + u64::from(self.kwonlyargcount)
            + u64::from(self.flags.contains(CodeFlags::VARARGS))
            + u64::from(self.flags.contains(CodeFlags::VARKEYWORDS))
    }

    /// The exception table entry covering instruction `index`, if any: a
    /// binary search, the table being sorted and disjoint.
    pub fn handler_for(&self, index: u32) -> Option<&ExceptionTableEntry> {
        let after = self
            .exception_table
            .partition_point(|entry| entry.start <= index);
        let entry = self.exception_table.get(after.checked_sub(1)?)?;
        entry.contains(index).then_some(entry)
    }

    /// Python's `repr()` of the code object, with `id` standing in for its
    /// address: `<code object f at 0x1, file "x.py", line 3>`.
    pub fn repr_with_id(&self, id: usize) -> String {
        format!(
            "<code object {} at {:#x}, file \"{}\", line {}>",
            self.name, id, self.filename, self.firstlineno
        )
    }

    /// How errors name the code object: its repr without an address,
    /// `<code object f, file "x.py", line 3>`.
    pub fn describe(&self) -> String {
        format!(
            "<code object {}, file \"{}\", line {}>",
            self.name, self.filename, self.firstlineno
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::operand::Label;

    fn entry(start: u32, end: u32, target: u32) -> ExceptionTableEntry {
        ExceptionTableEntry {
            start,
            end,
            target: Label(target),
            depth: 0,
            lasti: false,
        }
    }

    #[test]
    fn cells_are_indexed_before_free_variables() {
        let mut code = CodeObject::new("f", "x.py", 1);
        code.cellvars = vec!["a".into()];
        code.freevars = vec!["b".into(), "c".into()];
        assert_eq!(code.ncells(), 3);
        assert_eq!(code.cell_name(CellIdx(0)), Some("a"));
        assert_eq!(code.cell_name(CellIdx(2)), Some("c"));
        assert_eq!(code.cell_name(CellIdx(3)), None);
    }

    #[test]
    fn handler_lookup_finds_the_covering_entry() {
        let mut code = CodeObject::new("f", "x.py", 1);
        code.exception_table = vec![entry(2, 5, 10), entry(5, 6, 11), entry(8, 9, 12)];
        assert_eq!(code.handler_for(1), None);
        assert_eq!(code.handler_for(2).map(|e| e.target), Some(Label(10)));
        assert_eq!(code.handler_for(4).map(|e| e.target), Some(Label(10)));
        assert_eq!(code.handler_for(5).map(|e| e.target), Some(Label(11)));
        assert_eq!(code.handler_for(7), None);
        assert_eq!(code.handler_for(8).map(|e| e.target), Some(Label(12)));
        assert_eq!(code.handler_for(9), None);
    }

    #[test]
    fn total_args_counts_star_arguments() {
        let mut code = CodeObject::new("f", "x.py", 1);
        code.argcount = 2;
        code.kwonlyargcount = 1;
        code.flags = CodeFlags::VARARGS | CodeFlags::VARKEYWORDS;
        assert_eq!(code.total_args(), 5);
    }

    #[test]
    fn reprs() {
        let code = CodeObject::new("f", "x.py", 3);
        assert_eq!(code.qualname, "f");
        assert_eq!(
            code.repr_with_id(26),
            "<code object f at 0x1a, file \"x.py\", line 3>"
        );
        assert_eq!(code.describe(), "<code object f, file \"x.py\", line 3>");
    }

    #[test]
    fn flags_have_cpython_values() {
        assert_eq!(CodeFlags::GENERATOR.bits(), 0x20);
        assert_eq!(CodeFlags::ASYNC_GENERATOR.bits(), 0x200);
        assert_eq!((CodeFlags::OPTIMIZED | CodeFlags::NEWLOCALS).bits(), 3);
    }
}
