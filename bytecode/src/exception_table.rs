//! The exception table: which handler catches an exception raised by each
//! instruction, and the rules a table must follow.

use std::fmt;

use crate::operand::Label;

/// One row of the exception table (CPython 3.11's `co_exceptiontable`,
/// decoded): an exception raised by an instruction in `start..end` unwinds
/// the value stack to `depth` items, pushes the index of the raising
/// instruction if `lasti`, pushes the exception, and continues at `target`.
///
/// CPython's table counts 2-byte code units; pyvm's counts instructions.
/// Entries are sorted by `start` and do not overlap: the innermost handler
/// covers each instruction, as CPython's assembler flattens them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ExceptionTableEntry {
    /// First instruction covered.
    pub start: u32,
    /// One past the last instruction covered.
    pub end: u32,
    /// The handler.
    pub target: Label,
    /// Stack depth to unwind to before pushing.
    pub depth: u32,
    /// Push the raising instruction's index below the exception (handlers
    /// that re-raise with a non-zero [`Instruction::Reraise`](crate::Instruction::Reraise) `depth`).
    pub lasti: bool,
}

impl ExceptionTableEntry {
    /// Whether the entry covers instruction `index`.
    pub fn contains(&self, index: u32) -> bool {
        self.start <= index && index < self.end
    }

    /// The stack depth at which the handler starts: `depth`, the lasti if
    /// pushed, and the exception.
    pub fn handler_depth(&self) -> u64 {
        u64::from(self.depth) + u64::from(self.lasti) + 1
    }
}

/// What is wrong with an exception table entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExceptionTableProblem {
    /// `start` is not before `end`.
    EmptyRange {
        /// The entry's start.
        start: u32,
        /// The entry's end.
        end: u32,
    },
    /// `end` is past the last instruction.
    EndOutOfRange {
        /// The entry's end.
        end: u32,
        /// The number of instructions.
        len: usize,
    },
    /// `target` is not an instruction.
    TargetOutOfRange {
        /// The handler.
        target: u32,
        /// The number of instructions.
        len: usize,
    },
    /// The entry starts before the previous one ends.
    Overlap {
        /// The entry's start.
        start: u32,
        /// The previous entry's end.
        previous_end: u32,
    },
}

impl fmt::Display for ExceptionTableProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ExceptionTableProblem::EmptyRange { start, end } => {
                write!(f, "start {start} is not before end {end}")
            }
            ExceptionTableProblem::EndOutOfRange { end, len } => {
                write!(
                    f,
                    "end {end} is past the last instruction ({len} instructions)"
                )
            }
            ExceptionTableProblem::TargetOutOfRange { target, len } => {
                write!(f, "handler {target} out of range ({len} instructions)")
            }
            ExceptionTableProblem::Overlap {
                start,
                previous_end,
            } => write!(
                f,
                "starts at {start}, before the previous entry ends at {previous_end}"
            ),
        }
    }
}

/// Checks that a table fits code of `len` instructions: every range
/// non-empty and inside the code, every handler an instruction, entries
/// sorted and disjoint. Returns the index of the first bad entry.
pub fn check_exception_table(
    table: &[ExceptionTableEntry],
    len: usize,
) -> Result<(), (usize, ExceptionTableProblem)> {
    let mut previous_end = 0;
    for (index, entry) in table.iter().enumerate() {
        let problem = if entry.start >= entry.end {
            Some(ExceptionTableProblem::EmptyRange {
                start: entry.start,
                end: entry.end,
            })
        } else if entry.end as usize > len {
            Some(ExceptionTableProblem::EndOutOfRange {
                end: entry.end,
                len,
            })
        } else if entry.target.index() >= len {
            Some(ExceptionTableProblem::TargetOutOfRange {
                target: entry.target.0,
                len,
            })
        } else if entry.start < previous_end {
            Some(ExceptionTableProblem::Overlap {
                start: entry.start,
                previous_end,
            })
        } else {
            None
        };
        if let Some(problem) = problem {
            return Err((index, problem));
        }
        previous_end = entry.end;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(start: u32, end: u32, target: u32) -> ExceptionTableEntry {
        ExceptionTableEntry {
            start,
            end,
            target: Label(target),
            depth: 1,
            lasti: true,
        }
    }

    #[test]
    fn handler_depth_counts_lasti_and_the_exception() {
        assert_eq!(entry(0, 1, 2).handler_depth(), 3);
        assert!(entry(2, 4, 0).contains(3));
        assert!(!entry(2, 4, 0).contains(4));
    }

    #[test]
    fn well_formed_tables_pass() {
        assert_eq!(check_exception_table(&[], 0), Ok(()));
        assert_eq!(
            check_exception_table(&[entry(0, 2, 5), entry(2, 4, 5)], 6),
            Ok(())
        );
    }

    #[test]
    fn each_problem_is_named() {
        let cases = [
            (vec![entry(3, 3, 0)], "start 3 is not before end 3"),
            (
                vec![entry(0, 9, 0)],
                "end 9 is past the last instruction (6 instructions)",
            ),
            (
                vec![entry(0, 2, 6)],
                "handler 6 out of range (6 instructions)",
            ),
            (
                vec![entry(0, 3, 5), entry(2, 4, 5)],
                "starts at 2, before the previous entry ends at 3",
            ),
        ];
        for (table, message) in cases {
            let (_, problem) = check_exception_table(&table, 6).expect_err(message);
            assert_eq!(problem.to_string(), message);
        }
    }
}
