//! The deepest the value stack gets when code runs (`co_stacksize`), by
//! flow analysis, as CPython's `stackdepth` in `compile.c` computes it;
//! [`max_stack_depth`] describes the analysis.

use std::fmt;

use crate::exception_table::{check_exception_table, ExceptionTableEntry, ExceptionTableProblem};
use crate::instruction::Instruction;

/// The largest stack depth a code object may declare: the VM allocates
/// this many slots per frame at most, so a hostile file cannot make it
/// allocate gigabytes. CPython has no such limit, but its compiler keeps
/// stack use far below it (`STACK_USE_GUIDELINE`).
pub const MAX_STACK_DEPTH: u32 = 1 << 20;

/// Why the stack depth of some code cannot be computed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StackDepthError {
    /// What is wrong.
    pub kind: StackDepthErrorKind,
    /// The instruction where it shows, when there is one.
    pub instruction: Option<u32>,
}

/// What is wrong with the flow of some code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StackDepthErrorKind {
    /// There are no instructions.
    NoInstructions,
    /// An instruction needs more values than the stack holds.
    Underflow {
        /// The instruction's name.
        name: &'static str,
        /// Values it needs.
        needed: u64,
        /// Values on the stack.
        depth: u64,
    },
    /// Two paths reach an instruction with different depths.
    Inconsistent {
        /// The depth first seen.
        first: u64,
        /// The other depth.
        second: u64,
    },
    /// Execution continues past the last instruction.
    FallsOffEnd,
    /// A jump goes to no instruction.
    JumpOutOfRange {
        /// The target.
        target: u32,
        /// The number of instructions.
        len: usize,
    },
    /// The stack would grow past [`MAX_STACK_DEPTH`].
    TooDeep {
        /// The depth reached.
        depth: u64,
    },
    /// An instruction covered by an exception handler runs with fewer
    /// values on the stack than the handler keeps.
    BelowHandlerDepth {
        /// The instruction's depth.
        depth: u64,
        /// The handler entry's depth.
        handler_depth: u32,
        /// Which exception table entry.
        entry: usize,
    },
    /// An exception table entry is malformed.
    ExceptionTable {
        /// Which entry.
        entry: usize,
        /// What is wrong with it.
        problem: ExceptionTableProblem,
    },
}

impl fmt::Display for StackDepthError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let at = self.instruction.unwrap_or(0);
        match &self.kind {
            StackDepthErrorKind::NoInstructions => write!(f, "code has no instructions"),
            StackDepthErrorKind::Underflow {
                name,
                needed,
                depth,
            } => write!(
                f,
                "stack depth goes negative at instruction {at} \
                 ({name} needs {needed} values, the stack has {depth})"
            ),
            StackDepthErrorKind::Inconsistent { first, second } => write!(
                f,
                "stack depth at instruction {at} is {first} on one path and {second} on another"
            ),
            StackDepthErrorKind::FallsOffEnd => {
                write!(
                    f,
                    "execution runs past the end of the code after instruction {at}"
                )
            }
            StackDepthErrorKind::JumpOutOfRange { target, len } => write!(
                f,
                "jump target {target} out of range ({len} instructions) at instruction {at}"
            ),
            StackDepthErrorKind::TooDeep { depth } => write!(
                f,
                "stack depth {depth} exceeds the limit {MAX_STACK_DEPTH} at instruction {at}"
            ),
            StackDepthErrorKind::BelowHandlerDepth {
                depth,
                handler_depth,
                entry,
            } => write!(
                f,
                "stack depth {depth} at instruction {at} is below depth {handler_depth} \
                 of its exception handler (entry {entry})"
            ),
            StackDepthErrorKind::ExceptionTable { entry, problem } => {
                write!(f, "exception table entry {entry}: {problem}")
            }
        }
    }
}

impl std::error::Error for StackDepthError {}

/// The maximum depth of the value stack over every path through `code`,
/// with handlers from `exception_table` (which must be sorted and
/// disjoint, as [`CodeObject::exception_table`](crate::CodeObject::exception_table)
/// requires).
///
/// Starting from depth 0 at the first instruction, a worklist follows every
/// edge: the fall-through, the jump of a branch, and the edge from each
/// instruction covered by the exception table to its handler, which starts
/// at the entry's `depth` plus the pushed lasti and exception. Every
/// reachable instruction must be reached at one depth only, find the values
/// it [needs](crate::Instruction::stack_inputs) on the stack, and, if it is
/// covered by a handler, hold at least the handler's `depth`. Execution
/// must never run past the last instruction. Unreachable instructions are
/// not examined. Each instruction is visited once, so the analysis is linear.
///
/// Errors when an instruction would pop more than the stack holds, when
/// two paths reach an instruction with different depths, when execution
/// can run past the end, when a jump or handler goes nowhere, or when the
/// depth passes [`MAX_STACK_DEPTH`].
///
/// ```
/// use pyvm_bytecode::{max_stack_depth, ConstIdx, Instruction};
///
/// let code = [
///     Instruction::LoadConst { value: ConstIdx(0) },
///     Instruction::LoadConst { value: ConstIdx(0) },
///     Instruction::BuildTuple { count: 2 },
///     Instruction::ReturnValue,
/// ];
/// assert_eq!(max_stack_depth(&code, &[]), Ok(2));
/// let error = max_stack_depth(&code[2..], &[]).unwrap_err();
/// assert_eq!(
///     error.to_string(),
///     "stack depth goes negative at instruction 0 (BUILD_TUPLE needs 2 values, the stack has 0)"
/// );
/// ```
pub fn max_stack_depth(
    code: &[Instruction],
    exception_table: &[ExceptionTableEntry],
) -> Result<u32, StackDepthError> {
    // `reach` keeps the maximum within MAX_STACK_DEPTH, so it fits a u32.
    Ok(analyse(code, exception_table)?.max as u32)
}

/// The depth each instruction starts at, and the deepest, by the walk
/// [`max_stack_depth`] describes.
fn analyse(
    code: &[Instruction],
    exception_table: &[ExceptionTableEntry],
) -> Result<Analysis, StackDepthError> {
    if code.is_empty() {
        return Err(StackDepthError {
            kind: StackDepthErrorKind::NoInstructions,
            instruction: None,
        });
    }
    check_exception_table(exception_table, code.len()).map_err(|(entry, problem)| {
        StackDepthError {
            kind: StackDepthErrorKind::ExceptionTable { entry, problem },
            instruction: None,
        }
    })?;
    let mut analysis = Analysis {
        depths: vec![None; code.len()],
        worklist: Vec::new(),
        max: 0,
    };
    let handlers = handler_per_instruction(exception_table, code.len());
    analysis.reach(0, 0, 0)?;
    while let Some(index) = analysis.worklist.pop() {
        let at = index as u32;
        let instruction = &code[index];
        let depth = analysis.depths[index].unwrap_or(0);
        let error = |kind| StackDepthError {
            kind,
            instruction: Some(at),
        };
        let needed = instruction.stack_inputs();
        if depth < needed {
            return Err(error(StackDepthErrorKind::Underflow {
                name: instruction.name(),
                needed,
                depth,
            }));
        }
        if let Some(entry_index) = handlers[index] {
            let entry = &exception_table[entry_index];
            if depth < u64::from(entry.depth) {
                return Err(error(StackDepthErrorKind::BelowHandlerDepth {
                    depth,
                    handler_depth: entry.depth,
                    entry: entry_index,
                }));
            }
            analysis.reach(entry.target.index(), entry.handler_depth(), at)?;
        }
        if let Some(target) = instruction.jump_target() {
            if target.index() >= code.len() {
                return Err(error(StackDepthErrorKind::JumpOutOfRange {
                    target: target.0,
                    len: code.len(),
                }));
            }
            analysis.reach(target.index(), after(depth, instruction, true), at)?;
        }
        if instruction.falls_through() {
            if index + 1 == code.len() {
                return Err(error(StackDepthErrorKind::FallsOffEnd));
            }
            analysis.reach(index + 1, after(depth, instruction, false), at)?;
        } else {
            // Returns and raises still count toward the maximum, as in
            // CPython.
            analysis.note(after(depth, instruction, false), at)?;
        }
    }
    Ok(analysis)
}

/// The depth after `instruction` runs from `depth`, which holds its
/// inputs, so the result is not negative.
fn after(depth: u64, instruction: &Instruction, jump: bool) -> u64 {
    depth.saturating_add_signed(instruction.stack_effect(jump))
}

/// For each instruction, the exception table entry covering it: the table
/// is sorted and disjoint, so this is one pass over it.
fn handler_per_instruction(table: &[ExceptionTableEntry], len: usize) -> Vec<Option<usize>> {
    let mut handlers = vec![None; len];
    for (index, entry) in table.iter().enumerate() {
        for handler in &mut handlers[entry.start as usize..entry.end as usize] {
            *handler = Some(index);
        }
    }
    handlers
}

/// The state of the worklist walk.
struct Analysis {
    /// The depth each instruction starts at, once reached.
    depths: Vec<Option<u64>>,
    /// Reached instructions not yet examined.
    worklist: Vec<usize>,
    /// The deepest seen so far.
    max: u64,
}

impl Analysis {
    /// Records that `index` is reached with `depth` (from instruction
    /// `from`), queueing it the first time.
    fn reach(&mut self, index: usize, depth: u64, from: u32) -> Result<(), StackDepthError> {
        self.note(depth, from)?;
        match self.depths[index] {
            None => {
                self.depths[index] = Some(depth);
                self.worklist.push(index);
                Ok(())
            }
            Some(first) if first == depth => Ok(()),
            Some(first) => Err(StackDepthError {
                kind: StackDepthErrorKind::Inconsistent {
                    first,
                    second: depth,
                },
                instruction: Some(index as u32),
            }),
        }
    }

    /// Counts `depth`, reached at instruction `at`, toward the maximum.
    fn note(&mut self, depth: u64, at: u32) -> Result<(), StackDepthError> {
        if depth > u64::from(MAX_STACK_DEPTH) {
            return Err(StackDepthError {
                kind: StackDepthErrorKind::TooDeep { depth },
                instruction: Some(at),
            });
        }
        self.max = self.max.max(depth);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::operand::{ConstIdx, Label, LocalIdx};

    const CONST: Instruction = Instruction::LoadConst { value: ConstIdx(0) };

    fn entry(start: u32, end: u32, target: u32, depth: u32, lasti: bool) -> ExceptionTableEntry {
        ExceptionTableEntry {
            start,
            end,
            target: Label(target),
            depth,
            lasti,
        }
    }

    fn message(code: &[Instruction], table: &[ExceptionTableEntry]) -> String {
        max_stack_depth(code, table)
            .expect_err("should fail")
            .to_string()
    }

    #[test]
    fn straight_line_code() {
        let code = [
            CONST,
            CONST,
            CONST,
            Instruction::BuildList { count: 3 },
            Instruction::ReturnValue,
        ];
        assert_eq!(max_stack_depth(&code, &[]), Ok(3));
    }

    #[test]
    fn a_for_loop() {
        // for x in c: pass
        let code = [
            CONST,
            Instruction::GetIter,
            Instruction::ForIter { target: Label(5) },
            Instruction::StoreFast { local: LocalIdx(0) },
            Instruction::JumpBackward { target: Label(2) },
            CONST,
            Instruction::ReturnValue,
        ];
        assert_eq!(max_stack_depth(&code, &[]), Ok(2));
    }

    #[test]
    fn handlers_start_at_their_depth_plus_lasti_and_exception() {
        let code = [
            CONST,
            Instruction::PopTop, // protected
            CONST,
            Instruction::ReturnValue,
            // handler at 4: [lasti, exc]
            Instruction::PushExcInfo,
            Instruction::Swap { depth: 2 },
            Instruction::PopExcept,
            Instruction::Reraise { depth: 1 },
        ];
        let table = [entry(0, 2, 4, 0, true)];
        assert_eq!(max_stack_depth(&code, &table), Ok(3));
    }

    #[test]
    fn unreachable_code_is_not_examined() {
        let code = [CONST, Instruction::ReturnValue, Instruction::PopTop];
        assert_eq!(max_stack_depth(&code, &[]), Ok(1));
    }

    #[test]
    fn errors_name_the_problem() {
        assert_eq!(message(&[], &[]), "code has no instructions");
        assert_eq!(
            message(&[CONST, Instruction::BinaryOp { op: crate::BinaryOperator::Add }], &[]),
            "stack depth goes negative at instruction 1 (BINARY_OP needs 2 values, the stack has 1)"
        );
        assert_eq!(
            message(&[CONST, Instruction::PopTop], &[]),
            "execution runs past the end of the code after instruction 1"
        );
        assert_eq!(
            message(
                &[CONST, Instruction::PopJumpIfTrue { target: Label(9) }],
                &[]
            ),
            "jump target 9 out of range (2 instructions) at instruction 1"
        );
        // The loop body pushes a value each time round.
        assert_eq!(
            message(
                &[CONST, Instruction::JumpBackward { target: Label(0) }],
                &[]
            ),
            "stack depth at instruction 0 is 0 on one path and 1 on another"
        );
        assert_eq!(
            message(
                &[Instruction::UnpackSequence { count: u32::MAX }, Instruction::ReturnValue],
                &[]
            ),
            "stack depth goes negative at instruction 0 (UNPACK_SEQUENCE needs 1 values, the stack has 0)"
        );
        assert_eq!(
            message(
                &[
                    CONST,
                    Instruction::UnpackSequence { count: u32::MAX },
                    Instruction::ReturnValue
                ],
                &[]
            ),
            "stack depth 4294967295 exceeds the limit 1048576 at instruction 1"
        );
        assert_eq!(
            message(
                &[CONST, Instruction::ReturnValue],
                &[entry(0, 1, 1, 1, false)]
            ),
            "stack depth 0 at instruction 0 is below depth 1 of its exception handler (entry 0)"
        );
        assert_eq!(
            message(
                &[CONST, Instruction::ReturnValue],
                &[entry(0, 1, 2, 0, false)]
            ),
            "exception table entry 0: handler 2 out of range (2 instructions)"
        );
    }
}
