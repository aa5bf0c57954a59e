//! The code object being generated: instructions with symbolic jump
//! targets and CPython's block pseudo-instructions, and the tables
//! (constants, names, locals, cells) its operands index.
//!
//! The instructions are kept as they will be, in one vector, so the
//! assembler copies them; the block pseudo-instructions, a few per
//! function, are kept apart with the place they go.

use std::hash::BuildHasher;

use pyvm_bytecode::{CellIdx, CodeFlags, Constant, Instruction, Label, LocalIdx, Name, NameIdx};
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

/// The hash of a name, for [`Accesses`] and [`NameTable`]: computed once
/// by the caller when it looks a name up in both.
#[inline]
pub(crate) fn hash_name(name: &str) -> u64 {
    FxBuildHasher.hash_one(name)
}

/// A hash index over entries kept elsewhere in a vector (open addressing,
/// linear probing): each bucket keeps some bits of the entry's hash,
/// compared before the entries, as the symbol table's `Names` does.
#[derive(Default)]
pub(crate) struct HashIndex {
    /// `(tag, position in the entries + 1)`, or `(_, 0)` when empty: a
    /// power of two long and at most half full (empty until the first
    /// insert).
    buckets: Vec<(u32, u32)>,
    /// The buckets in use, to empty them again.
    used: Vec<u32>,
}

impl HashIndex {
    /// The fewest buckets.
    const MIN_BUCKETS: usize = 64;

    /// The position of the entry with hash `hash` for which `is` holds,
    /// if any. The index must not be empty.
    #[inline(always)]
    pub(crate) fn find(&self, hash: u64, is: impl Fn(usize) -> bool) -> Option<usize> {
        let tag = (hash >> 32) as u32;
        let mask = self.buckets.len() - 1;
        let mut bucket = hash as usize & mask;
        loop {
            match self.buckets[bucket] {
                (_, 0) => return None,
                (found, position) if found == tag && is(position as usize - 1) => {
                    return Some(position as usize - 1)
                }
                _ => {}
            }
            bucket = (bucket + 1) & mask;
        }
    }

    /// Whether one more entry than `len` needs more buckets.
    #[inline]
    pub(crate) fn full(&self, len: usize) -> bool {
        (len + 1) * 2 > self.buckets.len()
    }

    /// Indexes the entry at `position`, with hash `hash`; there is room.
    pub(crate) fn place(&mut self, hash: u64, position: usize) {
        let mask = self.buckets.len() - 1;
        let mut bucket = hash as usize & mask;
        while self.buckets[bucket].1 != 0 {
            bucket = (bucket + 1) & mask;
        }
        self.buckets[bucket] = ((hash >> 32) as u32, position as u32 + 1);
        self.used.push(bucket as u32);
    }

    /// Makes room for at least `len` entries, indexing again the ones
    /// `hashes` gives, in order.
    #[inline(never)]
    pub(crate) fn grow(&mut self, len: usize, hashes: impl Iterator<Item = u64>) {
        let mut buckets = self.buckets.len().max(Self::MIN_BUCKETS);
        while len * 2 > buckets {
            buckets *= 2;
        }
        self.buckets.clear();
        self.buckets.resize(buckets, (0, 0));
        self.used.clear();
        for (position, hash) in hashes.enumerate() {
            self.place(hash, position);
        }
    }

    pub(crate) fn clear(&mut self) {
        for &bucket in &self.used {
            self.buckets[bucket as usize] = (0, 0);
        }
        self.used.clear();
    }
}

/// Where the names a unit has used live, by the name as written. Every
/// name load and store looks here.
#[derive(Default)]
pub(crate) struct Accesses<'a> {
    entries: Vec<(&'a str, Access)>,
    index: HashIndex,
}

impl<'a> Accesses<'a> {
    /// Where `name`, whose [hash](hash_name) is `hash`, lives, if known.
    #[inline]
    pub fn get(&self, name: &str, hash: u64) -> Option<Access> {
        if self.entries.is_empty() {
            return None;
        }
        let found = self.index.find(hash, |position| {
            same_name(self.entries[position].0.as_bytes(), name.as_bytes())
        })?;
        Some(self.entries[found].1)
    }

    /// Adds `name`, whose [hash](hash_name) is `hash` and which is not in
    /// the table.
    pub fn insert(&mut self, name: &'a str, hash: u64, access: Access) {
        if self.index.full(self.entries.len()) {
            self.grow(self.entries.len() + 1);
        }
        self.index.place(hash, self.entries.len());
        self.entries.push((name, access));
    }

    fn grow(&mut self, len: usize) {
        let hashes = self.entries.iter().map(|&(name, _)| hash_name(name));
        self.index.grow(len, hashes);
    }

    /// Makes room for about `names` names.
    pub fn reserve(&mut self, names: usize) {
        self.entries.reserve(names);
        if self.index.full(names) {
            self.grow(names);
        }
    }

    pub fn clear(&mut self) {
        self.index.clear();
        self.entries.clear();
    }
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

    #[inline]
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

    /// [`Unit::push`] when the code may need to grow, or `instruction`
    /// is a `LoadGlobal` without NULL: after a `PushNull` it becomes one
    /// with NULL (`PUSH_NULL; LOAD_GLOBAL x` is `LOAD_GLOBAL (NULL + x)`,
    /// as CPython's peephole pass makes it). Out of line, to keep the
    /// common case small.
    #[inline(never)]
    pub fn push_slow(&mut self, mut instruction: Instruction, span: Span) {
        if let Instruction::LoadGlobal { push_null, .. } = &mut instruction {
            if matches!(self.last_instruction(), Some(Instruction::PushNull)) {
                self.code.pop();
                *push_null = true;
            }
        }
        self.push(instruction, span);
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
/// once, in the order they were first added, found by their hash as
/// [`Accesses`] finds names.
#[derive(Default)]
pub(crate) struct NameTable {
    names: Vec<Name>,
    index: HashIndex,
}

impl NameTable {
    /// The room a table starts with: most code objects have a few names
    /// of each kind.
    const FIRST_CAPACITY: usize = 8;

    /// The index of `name`, added if new.
    pub fn index(&mut self, name: &str) -> u32 {
        self.index_hashed(name, hash_name(name))
    }

    /// [`NameTable::index`] of a name whose [hash](hash_name) is known.
    #[inline]
    pub fn index_hashed(&mut self, name: &str, hash: u64) -> u32 {
        match self.find(name, hash) {
            Some(index) => index as u32,
            None => self.add(name, hash),
        }
    }

    /// Adds `name`, which is not in the table.
    #[inline(never)]
    fn add(&mut self, name: &str, hash: u64) -> u32 {
        if self.index.full(self.names.len()) {
            let hashes = self.names.iter().map(|name| hash_name(name));
            self.index.grow(self.names.len() + 1, hashes);
        }
        self.index.place(hash, self.names.len());
        if self.names.capacity() == 0 {
            // Room for a typical table at once, not grown one doubling
            // at a time (the vector goes to the code object).
            self.names.reserve(Self::FIRST_CAPACITY);
        }
        self.names.push(Name::from(name));
        self.names.len() as u32 - 1
    }

    pub fn get(&self, name: &str) -> Option<u32> {
        self.find(name, hash_name(name)).map(|index| index as u32)
    }

    #[inline(always)]
    fn find(&self, name: &str, hash: u64) -> Option<usize> {
        if self.names.is_empty() {
            return None;
        }
        self.index.find(hash, |position| {
            same_name(self.names[position].as_bytes(), name.as_bytes())
        })
    }

    pub fn len(&self) -> u32 {
        self.names.len() as u32
    }

    /// The names, leaving the table empty: the vector itself, not a copy.
    pub fn take(&mut self) -> Vec<Name> {
        self.index.clear();
        std::mem::take(&mut self.names)
    }
}
