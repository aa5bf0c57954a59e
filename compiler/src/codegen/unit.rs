//! The code object being generated: instructions with symbolic jump
//! targets and CPython's block pseudo-instructions, and the tables
//! (constants, names, locals, cells) its operands index.
//!
//! The instructions are kept as they will be, in one vector, so the
//! assembler copies them; the block pseudo-instructions, a few per
//! function, are kept apart with the place they go.

use std::hash::BuildHasher;

use indexmap::IndexMap;
use pyvm_bytecode::{CellIdx, CodeFlags, Constant, Instruction, Label, LocalIdx, NameIdx};
use pyvm_source::Span;
use rustc_hash::FxBuildHasher;

use super::consts::ConstTable;
use crate::symtable::{same_name, ScopeId};

/// A block pseudo-instruction, which the assembler turns into exception
/// table entries.
#[derive(Clone, Copy, Debug)]
pub(crate) enum BlockOp {
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

/// Where a label or block op is: before the instruction `at`, and before the
/// block op `block_op` (block ops and labels at one instruction keep the
/// order they were made in).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Place {
    pub at: u32,
    pub block_op: u32,
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

/// Where the names a unit has used live, by the name as written: a hash
/// table (open addressing, linear probing) whose buckets keep some bits
/// of the name's hash, compared before the names, as the symbol table's
/// `Names` does. Every name load and store looks here.
#[derive(Default)]
pub(crate) struct Accesses<'a> {
    entries: Vec<(&'a str, Access)>,
    /// `(tag, position in entries + 1)`, or `(_, 0)` when empty: a power
    /// of two long and at most half full (empty until the first insert).
    buckets: Vec<(u32, u32)>,
    /// The buckets in use, to empty them again.
    used: Vec<u32>,
}

impl<'a> Accesses<'a> {
    /// The fewest buckets.
    const MIN_BUCKETS: usize = 64;

    #[inline]
    pub fn get(&self, name: &str) -> Option<Access> {
        if self.entries.is_empty() {
            return None;
        }
        let hash = hash_name(name);
        let tag = (hash >> 32) as u32;
        let mask = self.buckets.len() - 1;
        let mut bucket = hash as usize & mask;
        loop {
            match self.buckets[bucket] {
                (_, 0) => return None,
                (found, position) if found == tag => {
                    let (entry, access) = self.entries[position as usize - 1];
                    if same_name(entry.as_bytes(), name.as_bytes()) {
                        return Some(access);
                    }
                }
                _ => {}
            }
            bucket = (bucket + 1) & mask;
        }
    }

    /// Adds `name`, which is not in the table.
    pub fn insert(&mut self, name: &'a str, access: Access) {
        if (self.entries.len() + 1) * 2 > self.buckets.len() {
            self.grow();
        }
        self.entries.push((name, access));
        self.place(hash_name(name), self.entries.len() as u32);
    }

    fn place(&mut self, hash: u64, position: u32) {
        let mask = self.buckets.len() - 1;
        let mut bucket = hash as usize & mask;
        while self.buckets[bucket].1 != 0 {
            bucket = (bucket + 1) & mask;
        }
        self.buckets[bucket] = ((hash >> 32) as u32, position);
        self.used.push(bucket as u32);
    }

    /// Doubles the buckets, placing every name again.
    #[inline(never)]
    fn grow(&mut self) {
        let len = (self.buckets.len() * 2).max(Self::MIN_BUCKETS);
        self.buckets.clear();
        self.buckets.resize(len, (0, 0));
        self.used.clear();
        for position in 1..=self.entries.len() {
            let hash = hash_name(self.entries[position - 1].0);
            self.place(hash, position as u32);
        }
    }

    /// Makes room for about `names` names.
    pub fn reserve(&mut self, names: usize) {
        self.entries.reserve(names);
        while names * 2 > self.buckets.len() {
            self.grow();
        }
    }

    pub fn clear(&mut self) {
        for &bucket in &self.used {
            self.buckets[bucket as usize] = (0, 0);
        }
        self.used.clear();
        self.entries.clear();
    }
}

fn hash_name(name: &str) -> u64 {
    FxBuildHasher.hash_one(name)
}

/// An instruction and the source range it came from.
#[derive(Clone, Copy)]
pub(crate) struct Emitted {
    pub instruction: Instruction,
    pub span: Span,
}

/// A code object under construction (CPython's `compiler_unit`).
///
/// The compiler keeps finished units to open the next ones with: their
/// buffers are already grown.
pub(crate) struct Unit<'a> {
    pub scope: ScopeId,
    pub name: String,
    pub qualname: String,
    /// The instructions, each with its source range. Jump targets are
    /// label numbers until the assembler resolves them, and every
    /// `JumpForward` is an unconditional jump whose direction is decided
    /// then.
    pub code: Vec<Emitted>,
    /// The block ops, in order, each with the instruction it comes before.
    pub block_ops: Vec<(u32, BlockOp)>,
    /// Where each label is bound.
    pub labels: Vec<Option<Place>>,
    pub consts: ConstTable,
    pub names: NameTable,
    pub varnames: NameTable,
    pub cellvars: NameTable,
    pub freevars: NameTable,
    /// Where each name loaded, stored or deleted so far lives, by the name
    /// as written: the symbol table is asked once per name and unit.
    pub accesses: Accesses<'a>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub flags: CodeFlags,
    pub firstlineno: u32,
    pub blocks: Vec<FrameBlock<'a>>,
    /// The source range instructions got when the unit was opened, given
    /// back when it closes.
    pub outer_span: Span,
    /// The class whose names `__x` are mangled in, if inside one.
    pub private: Option<&'a str>,
    /// Where the last label was bound: no peephole across it.
    last_bound: Option<Place>,
}

impl<'a> Unit<'a> {
    pub fn new() -> Unit<'a> {
        Unit {
            scope: ScopeId::MODULE,
            name: String::new(),
            qualname: String::new(),
            code: Vec::new(),
            block_ops: Vec::new(),
            labels: Vec::new(),
            consts: ConstTable::default(),
            names: NameTable::default(),
            varnames: NameTable::default(),
            cellvars: NameTable::default(),
            freevars: NameTable::default(),
            accesses: Accesses::default(),
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            flags: CodeFlags::empty(),
            firstlineno: 0,
            blocks: Vec::new(),
            outer_span: Span::default(),
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
        self.outer_span = Span::default();
        self.private = None;
        self.last_bound = None;
    }

    /// Makes room for about `instructions` instructions and `names` names.
    pub fn reserve(&mut self, instructions: usize, names: usize) {
        self.code.reserve(instructions);
        self.accesses.reserve(names);
    }

    /// Empties the code and the caches, keeping their memory (the tables
    /// are taken by the assembler).
    pub fn clear(&mut self) {
        self.code.clear();
        self.block_ops.clear();
        self.labels.clear();
        self.accesses.clear();
        self.blocks.clear();
    }

    pub fn push(&mut self, instruction: Instruction, span: Span) {
        self.code.push(Emitted { instruction, span });
    }

    pub fn push_block_op(&mut self, op: BlockOp) {
        self.block_ops.push((self.code.len() as u32, op));
    }

    /// Where the next instruction or block op goes.
    fn here(&self) -> Place {
        Place {
            at: self.code.len() as u32,
            block_op: self.block_ops.len() as u32,
        }
    }

    pub fn new_label(&mut self) -> Label {
        self.labels.push(None);
        Label(self.labels.len() as u32 - 1)
    }

    /// Binds `label` to the next instruction or block op.
    pub fn bind(&mut self, label: Label) {
        let here = self.here();
        self.labels[label.index()] = Some(here);
        self.last_bound = Some(here);
    }

    /// The index of `value` in the constant table, added if new.
    pub fn const_index(&mut self, value: Constant) -> u32 {
        self.consts.index(value)
    }

    /// The index of a cell or free variable: cells first, then frees.
    pub fn cell_index(&self, name: &str) -> Option<u32> {
        cell_index(&self.cellvars, &self.freevars, name)
    }

    /// The instruction emitted last, if nothing came after it (a block op)
    /// and nothing may jump between it and the next.
    pub fn last_instruction(&self) -> Option<&Instruction> {
        let here = self.here();
        let block_op_last = self.block_ops.last().map(|&(at, _)| at) == Some(here.at);
        if self.last_bound == Some(here) || block_op_last {
            return None;
        }
        self.code.last().map(|emitted| &emitted.instruction)
    }
}

/// The index of a cell or free variable in `cellvars` and `freevars` as
/// one table: cells first, then frees.
pub(crate) fn cell_index(cellvars: &NameTable, freevars: &NameTable, name: &str) -> Option<u32> {
    if let Some(index) = cellvars.get(name) {
        return Some(index);
    }
    freevars.get(name).map(|index| cellvars.len() + index)
}

/// Names (`co_names`, `co_varnames`, `co_cellvars`, `co_freevars`), each
/// once, in the order they were first added. Most code objects have a few
/// of each: those are searched in order, which is quicker than hashing;
/// past a few, a hash table takes over.
#[derive(Default)]
pub(crate) struct NameTable {
    few: Vec<String>,
    many: IndexMap<String, (), FxBuildHasher>,
}

impl NameTable {
    const FEW: usize = 32;

    /// The index of `name`, added if new.
    pub fn index(&mut self, name: &str) -> u32 {
        if self.many.is_empty() {
            if let Some(index) = self.few.iter().position(|few| few == name) {
                return index as u32;
            }
            if self.few.len() < Self::FEW {
                self.few.push(name.to_string());
                return self.few.len() as u32 - 1;
            }
            self.many.extend(self.few.drain(..).map(|name| (name, ())));
        }
        match self.many.get_index_of(name) {
            Some(index) => index as u32,
            None => self.many.insert_full(name.to_string(), ()).0 as u32,
        }
    }

    pub fn get(&self, name: &str) -> Option<u32> {
        let index = if self.many.is_empty() {
            self.few.iter().position(|few| few == name)
        } else {
            self.many.get_index_of(name)
        };
        index.map(|index| index as u32)
    }

    pub fn len(&self) -> u32 {
        (self.few.len() + self.many.len()) as u32
    }

    /// The names, leaving the table empty.
    pub fn take(&mut self) -> Vec<String> {
        if self.many.is_empty() {
            return self.few.drain(..).collect();
        }
        self.many.drain(..).map(|(name, ())| name).collect()
    }
}
