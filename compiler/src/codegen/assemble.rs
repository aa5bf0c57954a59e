//! From a [`Unit`] to a [`CodeObject`] (CPython's `assemble`): one flow
//! pass over the ops finds what is reachable, the stack depth before each
//! op and the handler covering it (the blocks set up on the way there, as
//! CPython's `label_exception_targets` does); unreachable code is dropped,
//! labels become instruction indices, block pseudo-ops become the
//! exception table, and spans become positions.
//!
//! The working tables live in an [`Assembler`] the compiler keeps, so
//! assembling the many small code objects of a module allocates only what
//! the code objects keep.

use pyvm_bytecode::{CodeObject, ExceptionTableEntry, Instruction, Label, Location};
use pyvm_source::{SourceFile, Span};

use super::unit::{Op, Unit};

/// A block set up by a `Setup*` op and not yet popped.
#[derive(Clone, Copy, PartialEq, Eq)]
struct Handler {
    target: Label,
    /// The stack depth the handler unwinds to.
    depth: u32,
    /// Whether the raising instruction's index is pushed too.
    lasti: bool,
}

/// One entry of a stack of blocks: the innermost block and the stack
/// below it. Stacks share their tails, so a branch copies a stack by
/// copying the index of its top.
#[derive(Clone, Copy)]
struct BlockStack {
    handler: Handler,
    /// The stack without `handler`.
    below: u32,
}

/// The block stack with no block set up, in [`Assembler::stacks`].
const NO_BLOCKS: u32 = 0;

/// An op the flow pass has not reached, in [`Assembler::blocks_at`].
const UNREACHED: u32 = u32::MAX;

/// Where the flow pass still has to go: an op index, the blocks set up
/// there and the stack depth.
#[derive(Clone, Copy)]
struct Path {
    at: u32,
    blocks: u32,
    depth: u32,
}

/// The tables of the assembler, kept between code objects.
#[derive(Default)]
pub(crate) struct Assembler {
    /// For each op, the block stack before it (an index into `stacks`), or
    /// [`UNREACHED`].
    blocks_at: Vec<u32>,
    /// Every block stack the flow pass has seen; the first is empty.
    stacks: Vec<BlockStack>,
    paths: Vec<Path>,
    /// For each op, the index its instruction gets (the next kept
    /// instruction's for ops that are dropped or make none); one more entry
    /// for the end.
    new_index: Vec<u32>,
    /// Kept from one code object to the next, which are mostly close in
    /// the source.
    positions: Positions,
}

impl Assembler {
    /// The code object of `unit`, which is left with its tables taken and
    /// its code to [clear](Unit::clear).
    pub(crate) fn assemble(&mut self, unit: &mut Unit<'_>, file: &SourceFile) -> CodeObject {
        let max_depth = self.flow(&unit.ops, &unit.labels);
        let kept = self.number(&unit.ops);
        let target_of = |label: Label| {
            let at = unit.labels[label.index()].unwrap_or(unit.ops.len() as u32);
            Label(self.new_index[at as usize])
        };

        let mut instructions = Vec::with_capacity(kept);
        let mut locations = Vec::with_capacity(kept);
        let mut exception_table: Vec<ExceptionTableEntry> = Vec::new();
        for (at, op) in unit.ops.iter().enumerate() {
            let blocks = self.blocks_at[at];
            if blocks == UNREACHED {
                continue;
            }
            let here = instructions.len() as u32;
            let instruction = match *op {
                Op::Instr(mut instruction) => {
                    if let Some(target) = instruction.jump_target_mut() {
                        *target = target_of(*target);
                    }
                    instruction
                }
                Op::Jump(label) => {
                    let target = target_of(label);
                    if target.0 > here {
                        Instruction::JumpForward { target }
                    } else {
                        Instruction::JumpBackward { target }
                    }
                }
                _ => continue,
            };
            instructions.push(instruction);
            locations.push(self.positions.location(file, unit.spans[at]));
            if blocks != NO_BLOCKS {
                let handler = self.stacks[blocks as usize].handler;
                let target = target_of(handler.target);
                match exception_table.last_mut() {
                    Some(last)
                        if last.end == here
                            && last.target == target
                            && last.depth == handler.depth
                            && last.lasti == handler.lasti =>
                    {
                        last.end = here + 1;
                    }
                    _ => exception_table.push(ExceptionTableEntry {
                        start: here,
                        end: here + 1,
                        target,
                        depth: handler.depth,
                        lasti: handler.lasti,
                    }),
                }
            }
        }

        let mut code = CodeObject::new(
            std::mem::take(&mut unit.name),
            file.name(),
            unit.firstlineno,
        );
        code.qualname = std::mem::take(&mut unit.qualname);
        code.argcount = unit.argcount;
        code.posonlyargcount = unit.posonlyargcount;
        code.kwonlyargcount = unit.kwonlyargcount;
        code.flags = unit.flags;
        code.names = unit.names.drain(..).collect();
        code.varnames = unit.varnames.drain(..).collect();
        code.cellvars = unit.cellvars.drain(..).collect();
        code.freevars = unit.freevars.drain(..).collect();
        code.consts = unit.consts.take();
        code.instructions = instructions;
        code.locations = locations;
        code.exception_table = exception_table;
        code.max_stack_depth = max_depth;
        code
    }

    /// Follows every path through `ops` from the first, filling
    /// `blocks_at`; gives the deepest stack.
    fn flow(&mut self, ops: &[Op], labels: &[Option<u32>]) -> u32 {
        let end = ops.len() as u32;
        let position = |label: Label| labels[label.index()].unwrap_or(end);
        self.blocks_at.clear();
        self.blocks_at.resize(ops.len(), UNREACHED);
        self.stacks.clear();
        self.stacks.push(BlockStack {
            handler: Handler {
                target: Label(0),
                depth: 0,
                lasti: false,
            },
            below: NO_BLOCKS,
        });
        let mut max_depth = 0u32;
        self.paths.clear();
        self.paths.push(Path {
            at: 0,
            blocks: NO_BLOCKS,
            depth: 0,
        });
        while let Some(Path {
            mut at,
            mut blocks,
            mut depth,
        }) = self.paths.pop()
        {
            while at < end {
                let reached = &mut self.blocks_at[at as usize];
                if *reached != UNREACHED {
                    break;
                }
                *reached = blocks;
                max_depth = max_depth.max(depth);
                let mut branch = |at: u32, depth: u32| self.paths.push(Path { at, blocks, depth });
                let setup = match ops[at as usize] {
                    Op::Instr(instruction) => {
                        if let Some(target) = instruction.jump_target() {
                            let after = apply(depth, instruction.stack_effect(true));
                            max_depth = max_depth.max(after);
                            branch(position(target), after);
                        }
                        if !instruction.falls_through() {
                            break;
                        }
                        depth = apply(depth, instruction.stack_effect(false));
                        None
                    }
                    Op::Jump(target) => {
                        branch(position(target), depth);
                        break;
                    }
                    Op::SetupFinally(target) => {
                        branch(position(target), depth + 1);
                        Some(Handler {
                            target,
                            depth,
                            lasti: false,
                        })
                    }
                    Op::SetupCleanup(target) => {
                        branch(position(target), depth + 2);
                        Some(Handler {
                            target,
                            depth,
                            lasti: true,
                        })
                    }
                    Op::SetupWith(target) => {
                        // The result of `__enter__` is not kept for the handler.
                        let depth = depth.saturating_sub(1);
                        branch(position(target), depth + 2);
                        Some(Handler {
                            target,
                            depth,
                            lasti: true,
                        })
                    }
                    Op::PopBlock => {
                        blocks = self.stacks[blocks as usize].below;
                        None
                    }
                };
                if let Some(handler) = setup {
                    self.stacks.push(BlockStack {
                        handler,
                        below: blocks,
                    });
                    blocks = self.stacks.len() as u32 - 1;
                }
                max_depth = max_depth.max(depth);
                at += 1;
            }
        }
        max_depth
    }

    /// Fills `new_index`; gives the number of instructions kept.
    fn number(&mut self, ops: &[Op]) -> usize {
        self.new_index.clear();
        self.new_index.reserve(ops.len() + 1);
        let mut kept = 0u32;
        for (op, &blocks) in ops.iter().zip(&self.blocks_at) {
            self.new_index.push(kept);
            if blocks != UNREACHED && matches!(op, Op::Instr(_) | Op::Jump(_)) {
                kept += 1;
            }
        }
        self.new_index.push(kept);
        kept as usize
    }
}

fn apply(depth: u32, effect: i64) -> u32 {
    u32::try_from(i64::from(depth) + effect).unwrap_or(0)
}

/// Positions from spans. Starts and ends each keep the line they were last
/// found on: instructions come mostly in source order, and the start and
/// end of a span over several lines would push each other out.
#[derive(Default)]
struct Positions {
    starts: LineCache,
    ends: LineCache,
}

impl Positions {
    fn location(&mut self, file: &SourceFile, span: Span) -> Location {
        let (line, col) = self.starts.line_col(file, span.start);
        let (end_line, end_col) = self.ends.line_col(file, span.end);
        Location::new(line, col, end_line, end_col)
    }
}

/// The line an offset was last found on, tried before the lines after it
/// and a search of the line index.
#[derive(Default)]
struct LineCache {
    /// The line last found (0 before the first), and the offsets where it
    /// and the next start.
    line: u32,
    start: u32,
    next: u32,
}

impl LineCache {
    /// How many lines on from the last one are tried before a search.
    const LOOKAHEAD: u32 = 4;

    fn line_col(&mut self, file: &SourceFile, offset: u32) -> (u32, u32) {
        if !(self.start <= offset && offset < self.next) {
            self.find(file, offset);
        }
        (self.line, offset - self.start)
    }

    /// Moves to the line holding `offset`. Kept out of line: the callers
    /// run once per instruction, this about once per source line.
    #[inline(never)]
    fn find(&mut self, file: &SourceFile, offset: u32) {
        // Within the text, `next` is where the line after `line` starts.
        if self.line > 0 && self.next <= offset && offset < file.len() {
            for _ in 0..Self::LOOKAHEAD {
                self.line += 1;
                self.start = self.next;
                self.next = file.line_start(self.line + 1).max(self.start + 1);
                if offset < self.next {
                    return;
                }
            }
        }
        let at = file.line_col(offset);
        self.line = at.line;
        self.start = offset - at.column;
        self.next = file.line_start(at.line + 1).max(self.start + 1);
    }
}
