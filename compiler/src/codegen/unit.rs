//! The code object being generated: instructions with symbolic jump
//! targets and CPython's block pseudo-instructions, and the tables
//! (constants, names, locals, cells) its operands index.

use indexmap::IndexSet;
use pyvm_bytecode::{CellIdx, CodeFlags, Constant, Instruction, Label, LocalIdx, NameIdx};
use pyvm_source::Span;
use rustc_hash::{FxBuildHasher, FxHashMap};

use super::consts::ConstTable;
use crate::symtable::ScopeId;

/// One emitted operation. Jump targets in instructions are label numbers
/// until [`super::assemble`] resolves them.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Op {
    /// A real instruction.
    Instr(Instruction),
    /// An unconditional jump; forward or backward is decided once the
    /// target's position is known.
    Jump(Label),
    /// From here on, an exception goes to the handler, with the stack as it
    /// is now plus the exception (CPython's `SETUP_FINALLY`).
    SetupFinally(Label),
    /// As `SetupFinally`, with the raising instruction's index pushed below
    /// the exception (CPython's `SETUP_CLEANUP`).
    SetupCleanup(Label),
    /// As `SetupCleanup`, with the stack one item lower: the result of
    /// `__enter__` is not kept (CPython's `SETUP_WITH`).
    SetupWith(Label),
    /// Ends the innermost block set up (CPython's `POP_BLOCK`).
    PopBlock,
}

/// What a `break`, `continue` or `return` inside a block must undo on its
/// way out (CPython's `fblocktype`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum BlockKind {
    WhileLoop,
    ForLoop,
    /// The body of a `try` with handlers.
    TryExcept,
    /// The body of a `try` with a `finally`: leaving it runs the final body.
    FinallyTry,
    /// The final body itself, run while an exception is pending.
    FinallyEnd,
    With,
    AsyncWith,
    /// An `except` body with a name to clear.
    HandlerCleanup,
    /// A value to pop (the subject of a `match`).
    PopValue,
    /// An `except` body: the exception is on the stack.
    ExceptionHandler,
    /// An `except*` body.
    ExceptionGroupHandler,
    /// The loop of an asynchronous comprehension.
    AsyncComprehensionGenerator,
}

/// A block being compiled, for `break`/`continue`/`return`.
#[derive(Clone, Debug)]
pub(crate) struct FrameBlock<'a> {
    pub kind: BlockKind,
    /// Where a loop continues (its start), or the handler of a block.
    pub start: Label,
    /// Where a loop ends.
    pub exit: Option<Label>,
    /// The final body of a `try … finally`, or the name an `except` binds.
    pub datum: BlockDatum<'a>,
}

/// What unwinding a block needs besides its kind.
#[derive(Clone, Debug)]
pub(crate) enum BlockDatum<'a> {
    None,
    /// The final body to run when leaving a `try … finally`.
    FinalBody(&'a [pyvm_ast::Stmt]),
    /// The name bound by `except … as name`, cleared when leaving.
    Name(&'a str),
    /// Where the `with` statement is, for the positions of its exit call.
    With(Span),
}

/// Where a name lives in a unit, as `compiler_nameop` works it out: the
/// instruction family and its operand.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Access {
    Fast(LocalIdx),
    Deref(CellIdx),
    Global(NameIdx),
    Name(NameIdx),
}

/// A code object under construction (CPython's `compiler_unit`).
///
/// The compiler keeps finished units to open the next ones with: their
/// buffers are already grown.
pub(crate) struct Unit<'a> {
    pub scope: ScopeId,
    pub name: String,
    pub qualname: String,
    pub ops: Vec<Op>,
    /// The source range of each op.
    pub spans: Vec<Span>,
    /// Where each label is bound: an index into `ops`.
    pub labels: Vec<Option<u32>>,
    pub consts: ConstTable,
    pub names: IndexSet<String, FxBuildHasher>,
    pub varnames: IndexSet<String, FxBuildHasher>,
    pub cellvars: IndexSet<String, FxBuildHasher>,
    pub freevars: IndexSet<String, FxBuildHasher>,
    /// Where each name loaded, stored or deleted so far lives, by the name
    /// as written: the symbol table is asked once per name and unit.
    pub accesses: FxHashMap<&'a str, Access>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: CodeFlags,
    pub firstlineno: u32,
    pub blocks: Vec<FrameBlock<'a>>,
    /// The source range instructions get now.
    pub span: Span,
    /// The class whose names `__x` are mangled in, if inside one.
    pub private: Option<&'a str>,
    /// Where the last label was bound: no peephole across it.
    last_bound: Option<u32>,
}

impl<'a> Unit<'a> {
    pub fn new() -> Unit<'a> {
        Unit {
            scope: ScopeId::MODULE,
            name: String::new(),
            qualname: String::new(),
            ops: Vec::new(),
            spans: Vec::new(),
            labels: Vec::new(),
            consts: ConstTable::default(),
            names: IndexSet::default(),
            varnames: IndexSet::default(),
            cellvars: IndexSet::default(),
            freevars: IndexSet::default(),
            accesses: FxHashMap::default(),
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: CodeFlags::empty(),
            firstlineno: 0,
            blocks: Vec::new(),
            span: Span::default(),
            private: None,
            last_bound: None,
        }
    }

    /// Makes the unit (new, or finished and [cleared](Unit::clear)) the
    /// start of the code of `scope`.
    pub fn open(&mut self, scope: ScopeId, name: String, qualname: String, firstlineno: u32) {
        self.scope = scope;
        self.name = name;
        self.qualname = qualname;
        self.firstlineno = firstlineno;
        self.argcount = 0;
        self.posonlyargcount = 0;
        self.kwonlyargcount = 0;
        self.flags = CodeFlags::empty();
        self.span = Span::default();
        self.private = None;
        self.last_bound = None;
    }

    /// Empties the tables and the code, keeping their memory.
    pub fn clear(&mut self) {
        self.ops.clear();
        self.spans.clear();
        self.labels.clear();
        self.consts.take();
        self.names.clear();
        self.varnames.clear();
        self.cellvars.clear();
        self.freevars.clear();
        self.accesses.clear();
        self.blocks.clear();
    }

    pub fn push(&mut self, op: Op) {
        self.ops.push(op);
        self.spans.push(self.span);
    }

    pub fn new_label(&mut self) -> Label {
        self.labels.push(None);
        Label(self.labels.len() as u32 - 1)
    }

    /// Binds `label` to the next op.
    pub fn bind(&mut self, label: Label) {
        let here = self.ops.len() as u32;
        self.labels[label.index()] = Some(here);
        self.last_bound = Some(here);
    }

    /// The index of `value` in the constant table, added if new.
    pub fn const_index(&mut self, value: Constant) -> u32 {
        self.consts.index(value)
    }

    pub fn name_index(&mut self, name: &str) -> u32 {
        index_of(&mut self.names, name)
    }

    pub fn varname_index(&mut self, name: &str) -> u32 {
        index_of(&mut self.varnames, name)
    }

    /// The index of a cell or free variable: cells first, then frees.
    pub fn cell_index(&self, name: &str) -> Option<u32> {
        if let Some(index) = self.cellvars.get_index_of(name) {
            return Some(index as u32);
        }
        self.freevars
            .get_index_of(name)
            .map(|index| (self.cellvars.len() + index) as u32)
    }

    /// The op emitted last, if nothing may jump between it and the next.
    pub fn last_op(&self) -> Option<&Op> {
        if self.last_bound == Some(self.ops.len() as u32) {
            return None;
        }
        self.ops.last()
    }
}

fn index_of(set: &mut IndexSet<String, FxBuildHasher>, name: &str) -> u32 {
    if let Some(index) = set.get_index_of(name) {
        return index as u32;
    }
    set.insert(name.to_string());
    set.len() as u32 - 1
}
