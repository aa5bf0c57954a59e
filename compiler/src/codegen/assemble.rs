//! From a [`Unit`] to a [`CodeObject`] (CPython's `assemble`): one flow
//! pass over the code finds what is reachable, the stack depth before each
//! instruction and the handler covering it (the blocks set up on the way
//! there, as CPython's `label_exception_targets` does); unreachable code is
//! dropped, labels become instruction indices, block pseudo-ops become the
//! exception table, and the spans are kept for positions.
//!
//! The working tables live in an [`Assembler`] the compiler keeps, so
//! assembling the many small code objects of a module allocates only what
//! the code objects keep.

use pyvm_bytecode::{CodeObject, ExceptionTableEntry, Instruction, Label, Locations};
use pyvm_source::SourceFile;

use super::unit::{BlockOp, Emitted, Place, Unit};

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

/// An instruction or block op the flow pass has not reached, in
/// [`Assembler::blocks_at`] and [`Assembler::block_op_reached`].
const UNREACHED: u32 = u32::MAX;

/// Where the flow pass still has to go: a place in the code, the blocks
/// set up there and the stack depth.
#[derive(Clone, Copy)]
struct Path {
    place: Place,
    blocks: u32,
    depth: u32,
}

/// The tables of the assembler, kept between code objects.
#[derive(Default)]
pub(crate) struct Assembler {
    /// For each instruction, the block stack before it (an index into
    /// `stacks`), or [`UNREACHED`].
    blocks_at: Vec<u32>,
    /// Whether the flow pass has been through each block op.
    block_op_reached: Vec<bool>,
    /// Every block stack the flow pass has seen; the first is empty.
    stacks: Vec<BlockStack>,
    paths: Vec<Path>,
    /// The instructions reached that jump, by index.
    jumps: Vec<u32>,
    /// When code is dropped: for each instruction, the index it gets (the
    /// next kept instruction's for dropped ones); one more entry for the end.
    new_index: Vec<u32>,
}

impl Assembler {
    /// The code object of `unit`, which is left with its tables taken and
    /// its code to [clear](Unit::clear).
    pub(crate) fn assemble(&mut self, unit: &mut Unit<'_>, file: &SourceFile) -> CodeObject {
        let (max_depth, reached) = self.flow(unit);
        // Where unbound labels go: the end.
        let end = unit.code.len() as u32;
        let dropped = reached < unit.code.len();
        if dropped {
            self.drop_unreached(unit);
        }
        let target_of = |label: Label| {
            let at = unit.labels[label.index()].map_or(end, |place| place.at);
            Label(if dropped {
                self.new_index[at as usize]
            } else {
                at
            })
        };

        let mut instructions: Vec<Instruction> = unit
            .code
            .iter()
            .map(|emitted| emitted.instruction)
            .collect();
        for &at in &self.jumps {
            let here = if dropped {
                self.new_index[at as usize]
            } else {
                at
            };
            let instruction = &mut instructions[here as usize];
            if let Some(target) = instruction.jump_target_mut() {
                *target = target_of(*target);
                if let Instruction::JumpForward { target } = *instruction {
                    if target.0 <= here {
                        *instruction = Instruction::JumpBackward { target };
                    }
                }
            }
        }
        // Positions are worked out from the spans only if asked for.
        let spans = unit.code.iter().map(|emitted| emitted.span).collect();
        let locations = Locations::from_spans(spans, file.lines());
        let mut exception_table: Vec<ExceptionTableEntry> = Vec::new();
        // Without block ops, no instruction has a handler.
        let handled = if unit.block_ops.is_empty() {
            &[][..]
        } else {
            &self.blocks_at[..]
        };
        for (here, &blocks) in handled.iter().enumerate() {
            if blocks == NO_BLOCKS {
                continue;
            }
            let here = here as u32;
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

        // A struct literal: filling a `CodeObject::new` field by field
        // would copy its name into its qualified name only to drop it.
        CodeObject {
            argcount: unit.argcount,
            posonlyargcount: unit.posonlyargcount,
            kwonlyargcount: unit.kwonlyargcount,
            flags: unit.flags,
            names: unit.names.take(),
            varnames: unit.varnames.take(),
            cellvars: unit.cellvars.take(),
            freevars: unit.freevars.take(),
            consts: unit.consts.take(),
            name: std::mem::take(&mut unit.name),
            qualname: std::mem::take(&mut unit.qualname),
            filename: file.name().to_string(),
            firstlineno: unit.firstlineno,
            instructions,
            locations,
            exception_table,
            max_stack_depth: max_depth,
        }
    }

    /// Follows every path through the code from the start, filling
    /// `blocks_at`; gives the deepest stack and how many instructions are
    /// reached.
    fn flow(&mut self, unit: &Unit<'_>) -> (u32, usize) {
        let code = &unit.code;
        let block_ops = &unit.block_ops;
        let end = Place {
            at: code.len() as u32,
            block_op: block_ops.len() as u32,
        };
        let place_of = |label: Label| unit.labels[label.index()].unwrap_or(end);
        self.blocks_at.clear();
        self.blocks_at.resize(code.len(), UNREACHED);
        self.block_op_reached.clear();
        self.block_op_reached.resize(block_ops.len(), false);
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
        let mut reached = 0;
        self.jumps.clear();
        self.paths.clear();
        self.paths.push(Path {
            place: Place { at: 0, block_op: 0 },
            blocks: NO_BLOCKS,
            depth: 0,
        });
        'paths: while let Some(path) = self.paths.pop() {
            let Path {
                place,
                mut blocks,
                mut depth,
            } = path;
            let mut at = place.at as usize;
            let mut next_op = place.block_op as usize;
            loop {
                // The block ops before the instruction.
                while let Some(&(op_at, op)) = block_ops.get(next_op) {
                    if op_at as usize != at {
                        break;
                    }
                    if std::mem::replace(&mut self.block_op_reached[next_op], true) {
                        continue 'paths;
                    }
                    next_op += 1;
                    max_depth = max_depth.max(depth);
                    let handler = match op {
                        BlockOp::SetupFinally(target) => {
                            self.branch(place_of(target), blocks, depth + 1);
                            Handler {
                                target,
                                depth,
                                lasti: false,
                            }
                        }
                        BlockOp::SetupCleanup(target) => {
                            self.branch(place_of(target), blocks, depth + 2);
                            Handler {
                                target,
                                depth,
                                lasti: true,
                            }
                        }
                        BlockOp::SetupWith(target) => {
                            // The result of `__enter__` is not kept for the
                            // handler.
                            let depth = depth.saturating_sub(1);
                            self.branch(place_of(target), blocks, depth + 2);
                            Handler {
                                target,
                                depth,
                                lasti: true,
                            }
                        }
                        BlockOp::PopBlock => {
                            blocks = self.stacks[blocks as usize].below;
                            continue;
                        }
                    };
                    self.stacks.push(BlockStack {
                        handler,
                        below: blocks,
                    });
                    blocks = self.stacks.len() as u32 - 1;
                }
                // The instructions up to the next block op, in one tight
                // loop: the depth before each is the one after the last.
                let stop = block_ops
                    .get(next_op)
                    .map_or(code.len(), |&(op_at, _)| op_at as usize);
                if at >= code.len() || self.blocks_at[at] != UNREACHED {
                    continue 'paths;
                }
                max_depth = max_depth.max(depth);
                let (ran, after, deepest) = straight_run(
                    &code[at..stop],
                    &mut self.blocks_at[at..stop],
                    blocks,
                    depth,
                );
                reached += ran;
                depth = after;
                max_depth = max_depth.max(deepest);
                at += ran;
                if at == stop {
                    continue;
                }
                if self.blocks_at[at] != UNREACHED {
                    continue 'paths;
                }
                // An instruction that jumps or stops the flow.
                let instruction = code[at].instruction;
                self.blocks_at[at] = blocks;
                reached += 1;
                if let Some(target) = instruction.jump_target() {
                    self.jumps.push(at as u32);
                    let after = apply(depth, instruction.stack_effect(true));
                    max_depth = max_depth.max(after);
                    self.paths.push(Path {
                        place: place_of(target),
                        blocks,
                        depth: after,
                    });
                }
                if !instruction.falls_through() {
                    continue 'paths;
                }
                depth = apply(depth, instruction.stack_effect(false));
                max_depth = max_depth.max(depth);
                at += 1;
            }
        }
        (max_depth, reached)
    }

    /// A path for the flow pass to follow later.
    fn branch(&mut self, place: Place, blocks: u32, depth: u32) {
        self.paths.push(Path {
            place,
            blocks,
            depth,
        });
    }

    /// Removes the instructions no path reaches from the unit's code (and
    /// from `blocks_at`), filling `new_index`.
    fn drop_unreached(&mut self, unit: &mut Unit<'_>) {
        self.new_index.clear();
        let mut kept = 0;
        for at in 0..self.blocks_at.len() {
            self.new_index.push(kept as u32);
            let blocks = self.blocks_at[at];
            if blocks != UNREACHED {
                unit.code[kept] = unit.code[at];
                self.blocks_at[kept] = blocks;
                kept += 1;
            }
        }
        self.new_index.push(kept as u32);
        unit.code.truncate(kept);
        self.blocks_at.truncate(kept);
    }
}

/// Follows the flow through the instructions of `code` that neither jump
/// nor stop it, from the first, with `blocks` set up and the stack `depth`
/// deep: marks them reached in `states` (their block stack). Stops before
/// the first that was reached before or controls the flow. Gives how many
/// it went through, the depth after them and the deepest on the way.
///
/// Apart from the rest of the flow pass, so that the loop that sees most
/// instructions keeps its few variables in registers.
#[inline(never)]
fn straight_run(
    code: &[Emitted],
    states: &mut [u32],
    blocks: u32,
    depth: u32,
) -> (usize, u32, u32) {
    let mut depth = depth;
    let mut deepest = depth;
    for (ran, (state, emitted)) in states.iter_mut().zip(code).enumerate() {
        if *state != UNREACHED || controls_flow(&emitted.instruction) {
            return (ran, depth, deepest);
        }
        *state = blocks;
        depth = apply(depth, emitted.instruction.stack_effect(false));
        deepest = deepest.max(depth);
    }
    (code.len(), depth, deepest)
}

/// Whether `instruction` may jump or never falls through: the jumps,
/// branches and exits.
#[inline(always)]
fn controls_flow(instruction: &Instruction) -> bool {
    instruction.jump_target().is_some() || !instruction.falls_through()
}

fn apply(depth: u32, effect: i64) -> u32 {
    u32::try_from(i64::from(depth) + effect).unwrap_or(0)
}
