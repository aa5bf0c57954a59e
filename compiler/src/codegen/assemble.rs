//! From a [`Unit`] to a [`CodeObject`] (CPython's `assemble`): one flow
//! pass over the ops finds what is reachable, the stack depth before each
//! op and the handler covering it (the blocks set up on the way there, as
//! CPython's `label_exception_targets` does); unreachable code is dropped,
//! labels become instruction indices, block pseudo-ops become the
//! exception table, and spans become positions.

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

/// What the flow pass learns about a reachable op: the handler covering it.
#[derive(Clone, Copy)]
struct Reached {
    handler: Option<Handler>,
}

pub(crate) fn assemble(unit: Unit<'_>, file: &SourceFile) -> CodeObject {
    let positions: Vec<usize> = unit
        .labels
        .iter()
        .map(|at| at.map_or(unit.ops.len(), |at| at as usize))
        .collect();
    let (reached, max_depth) = flow(&unit.ops, &positions);

    // The index each op gets, or the next kept op's for dropped ones.
    let mut new_index = vec![0u32; unit.ops.len() + 1];
    let mut kept = 0u32;
    for (at, op) in unit.ops.iter().enumerate() {
        new_index[at] = kept;
        if reached[at].is_some() && matches!(op, Op::Instr(_) | Op::Jump(_)) {
            kept += 1;
        }
    }
    new_index[unit.ops.len()] = kept;
    let target_of = |label: Label| Label(new_index[positions[label.index()]]);

    let mut instructions = Vec::with_capacity(kept as usize);
    let mut locations = Vec::with_capacity(kept as usize);
    let mut exception_table: Vec<ExceptionTableEntry> = Vec::new();
    let mut lines = LineCache::new(file);
    for (at, op) in unit.ops.iter().enumerate() {
        let Some(state) = reached[at] else {
            continue;
        };
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
        locations.push(lines.location(unit.spans[at]));
        if let Some(handler) = state.handler {
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

    let mut code = CodeObject::new(unit.name, file.name(), unit.firstlineno);
    code.qualname = unit.qualname;
    code.argcount = unit.argcount;
    code.posonlyargcount = unit.posonlyargcount;
    code.kwonlyargcount = unit.kwonlyargcount;
    code.flags = unit.flags;
    code.names = unit.names.into_iter().collect();
    code.varnames = unit.varnames.into_iter().collect();
    code.cellvars = unit.cellvars.into_iter().collect();
    code.freevars = unit.freevars.into_iter().collect();
    code.consts = unit.consts;
    code.instructions = instructions;
    code.locations = locations;
    code.exception_table = exception_table;
    code.max_stack_depth = max_depth;
    code
}

/// Follows every path through `ops` from the first: the state before each
/// reachable op, and the deepest stack.
fn flow(ops: &[Op], positions: &[usize]) -> (Vec<Option<Reached>>, u32) {
    let mut reached: Vec<Option<Reached>> = vec![None; ops.len()];
    let mut max_depth = 0u32;
    let mut work: Vec<(usize, Vec<Handler>, u32)> = vec![(0, Vec::new(), 0)];
    while let Some((start, mut blocks, mut depth)) = work.pop() {
        let mut at = start;
        while at < ops.len() {
            if reached[at].is_some() {
                break;
            }
            reached[at] = Some(Reached {
                handler: blocks.last().copied(),
            });
            max_depth = max_depth.max(depth);
            match ops[at] {
                Op::Instr(instruction) => {
                    if let Some(target) = instruction.jump_target() {
                        let after = apply(depth, instruction.stack_effect(true));
                        max_depth = max_depth.max(after);
                        work.push((positions[target.index()], blocks.clone(), after));
                    }
                    if !instruction.falls_through() {
                        break;
                    }
                    depth = apply(depth, instruction.stack_effect(false));
                }
                Op::Jump(target) => {
                    work.push((positions[target.index()], blocks, depth));
                    break;
                }
                Op::SetupFinally(target) => {
                    work.push((positions[target.index()], blocks.clone(), depth + 1));
                    blocks.push(Handler {
                        target,
                        depth,
                        lasti: false,
                    });
                }
                Op::SetupCleanup(target) => {
                    work.push((positions[target.index()], blocks.clone(), depth + 2));
                    blocks.push(Handler {
                        target,
                        depth,
                        lasti: true,
                    });
                }
                Op::SetupWith(target) => {
                    // The result of `__enter__` is not kept for the handler.
                    let depth = depth.saturating_sub(1);
                    work.push((positions[target.index()], blocks.clone(), depth + 2));
                    blocks.push(Handler {
                        target,
                        depth,
                        lasti: true,
                    });
                }
                Op::PopBlock => {
                    blocks.pop();
                }
            }
            max_depth = max_depth.max(depth);
            at += 1;
        }
    }
    (reached, max_depth)
}

fn apply(depth: u32, effect: i64) -> u32 {
    u32::try_from(i64::from(depth) + effect).unwrap_or(0)
}

/// Positions from spans. Instructions come mostly in source order, so the
/// line last found is tried first, before a search of the line index.
struct LineCache<'f> {
    file: &'f SourceFile,
    /// The line last found, and the offsets where it and the next start.
    line: u32,
    start: u32,
    next: u32,
}

impl<'f> LineCache<'f> {
    fn new(file: &'f SourceFile) -> LineCache<'f> {
        LineCache {
            file,
            line: 0,
            start: 0,
            next: 0,
        }
    }

    fn location(&mut self, span: Span) -> Location {
        let (line, col) = self.line_col(span.start);
        let (end_line, end_col) = self.line_col(span.end);
        Location::new(line, col, end_line, end_col)
    }

    fn line_col(&mut self, offset: u32) -> (u32, u32) {
        if !(self.start <= offset && offset < self.next) {
            let at = self.file.line_col(offset);
            self.line = at.line;
            self.start = offset - at.column;
            self.next = self.file.line_start(at.line + 1).max(self.start + 1);
        }
        (self.line, offset - self.start)
    }
}
