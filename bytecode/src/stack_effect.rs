//! How each instruction changes the depth of the value stack.
//!
//! The net effects are CPython 3.11's `stack_effect` (`dis.stack_effect`)
//! for each counterpart, with `jump` choosing the outcome of a branch. pyvm
//! adds [`Instruction::stack_inputs`], how many values an instruction reads
//! from the top before it pushes anything: the net effect alone cannot tell
//! that `COMPARE_OP` (2 → 1) needs two values on a stack holding one.

use crate::instruction::Instruction;
use crate::operand::MakeFunctionFlags;

/// What [`Instruction::fixed_stack_effect`] gives for an instruction whose
/// effect is not fixed by its kind.
const VARIES: i8 = i8::MIN;

impl Instruction {
    /// The change in stack depth when the instruction runs: after a jump
    /// when `jump` is true, else when it falls through. `jump` matters only
    /// for the branches (`ForIter`, `Send`, `JumpIf…OrPop`); for the
    /// others both values are the same.
    ///
    /// Counts are `u32`, so the effect is an `i64`: `BuildMap` with
    /// `u32::MAX` pairs does not overflow.
    ///
    /// ```
    /// use pyvm_bytecode::{Instruction, Label};
    ///
    /// let for_iter = Instruction::ForIter { target: Label(9) };
    /// assert_eq!(for_iter.stack_effect(false), 1); // pushes the next item
    /// assert_eq!(for_iter.stack_effect(true), -1); // pops the iterator
    /// assert_eq!(Instruction::Call { argc: 2 }.stack_effect(false), -3);
    /// ```
    #[inline(always)]
    pub fn stack_effect(&self, jump: bool) -> i64 {
        // Most instructions' effect is fixed by their kind, and read from a
        // table: a match on every instruction an assembler goes through is
        // an indirect jump, mispredicted most of the time on mixed code.
        // The `stack_effects` tests hold both matches to CPython's.
        match self.fixed_stack_effect() {
            VARIES => match *self {
                // The commonest of the others, without a jump to an arm.
                Instruction::LoadGlobal { push_null, .. } => 1 + i64::from(push_null),
                Instruction::Call { argc } => -1 - i64::from(argc),
                _ => self.varying_stack_effect(jump),
            },
            effect => i64::from(effect),
        }
    }

    /// The stack effect of an instruction whose kind fixes it; [`VARIES`]
    /// for the branches and the instructions whose operand counts. Out of
    /// line, so that the match stays a table lookup (inlined, it becomes a
    /// jump to each arm again).
    #[inline(never)]
    fn fixed_stack_effect(&self) -> i8 {
        match *self {
            Instruction::Nop
            | Instruction::Swap { .. }
            | Instruction::DeleteName { .. }
            | Instruction::DeleteGlobal { .. }
            | Instruction::DeleteFast { .. }
            | Instruction::DeleteDeref { .. }
            | Instruction::LoadAttr { .. }
            | Instruction::UnaryPositive
            | Instruction::UnaryNegative
            | Instruction::UnaryNot
            | Instruction::UnaryInvert
            | Instruction::ListToTuple
            | Instruction::JumpForward { .. }
            | Instruction::JumpBackward { .. }
            | Instruction::GetIter
            | Instruction::GetYieldFromIter
            | Instruction::CheckExcMatch
            | Instruction::CheckEgMatch
            | Instruction::YieldValue
            | Instruction::GetAwaitable { .. }
            | Instruction::GetAiter
            | Instruction::AsyncGenWrap
            | Instruction::SetupAnnotations => 0,

            Instruction::PushNull
            | Instruction::Copy { .. }
            | Instruction::LoadConst { .. }
            | Instruction::LoadName { .. }
            | Instruction::LoadFast { .. }
            | Instruction::LoadDeref { .. }
            | Instruction::LoadClosure { .. }
            | Instruction::LoadClassDeref { .. }
            | Instruction::LoadMethod { .. }
            | Instruction::LoadBuildClass
            | Instruction::PushExcInfo
            | Instruction::WithExceptStart
            | Instruction::BeforeWith
            | Instruction::BeforeAsyncWith
            | Instruction::LoadAssertionError
            | Instruction::GetAnext
            | Instruction::ImportFrom { .. }
            | Instruction::MatchKeys
            | Instruction::MatchMapping
            | Instruction::MatchSequence
            | Instruction::GetLen => 1,

            Instruction::LoadFastLoadFast { .. } | Instruction::LoadFastLoadConst { .. } => 2,

            Instruction::PopTop
            | Instruction::StoreName { .. }
            | Instruction::StoreGlobal { .. }
            | Instruction::StoreFast { .. }
            | Instruction::StoreDeref { .. }
            | Instruction::DeleteAttr { .. }
            | Instruction::BinaryOp { .. }
            | Instruction::CompareOp { .. }
            | Instruction::IsOp { .. }
            | Instruction::ContainsOp { .. }
            | Instruction::BinarySubscr
            | Instruction::ListAppend { .. }
            | Instruction::SetAdd { .. }
            | Instruction::ListExtend { .. }
            | Instruction::SetUpdate { .. }
            | Instruction::DictUpdate { .. }
            | Instruction::DictMerge { .. }
            | Instruction::PopJumpIfFalse { .. }
            | Instruction::PopJumpIfTrue { .. }
            | Instruction::PopJumpIfNone { .. }
            | Instruction::PopJumpIfNotNone { .. }
            | Instruction::ReturnValue
            | Instruction::PopExcept
            // CPython counts RERAISE as popping only the exception; the
            // lasti below it is read but, the frame being left, never
            // popped.
            | Instruction::Reraise { .. }
            | Instruction::PrepReraiseStar
            | Instruction::ImportName { .. }
            | Instruction::ImportStar
            | Instruction::PrintExpr => -1,

            Instruction::StoreAttr { .. }
            | Instruction::DeleteSubscr
            | Instruction::MapAdd { .. }
            | Instruction::EndAsyncFor
            | Instruction::MatchClass { .. } => -2,

            Instruction::StoreSubscr => -3,

            Instruction::ForIter { .. }
            | Instruction::Send { .. }
            | Instruction::JumpIfTrueOrPop { .. }
            | Instruction::JumpIfFalseOrPop { .. }
            | Instruction::LoadGlobal { .. }
            | Instruction::BuildSlice { .. }
            | Instruction::BuildTuple { .. }
            | Instruction::BuildList { .. }
            | Instruction::BuildSet { .. }
            | Instruction::BuildString { .. }
            | Instruction::BuildMap { .. }
            | Instruction::BuildConstKeyMap { .. }
            | Instruction::UnpackSequence { .. }
            | Instruction::UnpackEx { .. }
            | Instruction::Call { .. }
            | Instruction::CallKw { .. }
            | Instruction::CallFunctionEx { .. }
            | Instruction::MakeFunction { .. }
            | Instruction::RaiseVarargs { .. }
            | Instruction::FormatValue { .. } => VARIES,
        }
    }

    /// The stack effect of the instructions [`Instruction::fixed_stack_effect`]
    /// leaves out, but for `LoadGlobal` and `Call` (see
    /// [`Instruction::stack_effect`]).
    fn varying_stack_effect(&self, jump: bool) -> i64 {
        match *self {
            // Branches, whose effect depends on the outcome.
            Instruction::ForIter { .. } => {
                if jump {
                    -1
                } else {
                    1
                }
            }
            Instruction::Send { .. } => {
                if jump {
                    -1
                } else {
                    0
                }
            }
            Instruction::JumpIfTrueOrPop { .. } | Instruction::JumpIfFalseOrPop { .. } => {
                if jump {
                    0
                } else {
                    -1
                }
            }

            Instruction::BuildSlice { count }
            | Instruction::BuildTuple { count }
            | Instruction::BuildList { count }
            | Instruction::BuildSet { count }
            | Instruction::BuildString { count } => 1 - i64::from(count),
            Instruction::BuildMap { count } => 1 - 2 * i64::from(count),
            Instruction::BuildConstKeyMap { count } => -i64::from(count),
            Instruction::UnpackSequence { count } => i64::from(count) - 1,
            Instruction::UnpackEx { before, after } => i64::from(before) + i64::from(after),
            Instruction::CallKw { argc, .. } => -1 - i64::from(argc),
            Instruction::CallFunctionEx { has_kwargs } => -2 - i64::from(has_kwargs),
            Instruction::MakeFunction { flags } => -i64::from(flag_count(flags)),
            Instruction::RaiseVarargs { count } => -i64::from(count),
            Instruction::FormatValue { has_spec, .. } => -i64::from(has_spec),
            // Fixed, or `LoadGlobal` and `Call`, which `stack_effect` does.
            _ => unreachable!("the stack effect of {self:?} is worked out elsewhere"),
        }
    }

    /// How many values the instruction needs on the stack: the ones it pops
    /// and the ones below them it reads or writes in place (`ListAppend`
    /// appends to the list `depth` items down, `Copy` copies one).
    ///
    /// ```
    /// use pyvm_bytecode::Instruction;
    ///
    /// assert_eq!(Instruction::ListAppend { depth: 2 }.stack_inputs(), 3);
    /// assert_eq!(Instruction::Call { argc: 2 }.stack_inputs(), 4);
    /// ```
    pub fn stack_inputs(&self) -> u64 {
        match *self {
            Instruction::LoadFastLoadFast { .. }
            | Instruction::LoadFastLoadConst { .. }
            | Instruction::Nop
            | Instruction::PushNull
            | Instruction::LoadConst { .. }
            | Instruction::LoadName { .. }
            | Instruction::DeleteName { .. }
            | Instruction::LoadGlobal { .. }
            | Instruction::DeleteGlobal { .. }
            | Instruction::LoadFast { .. }
            | Instruction::DeleteFast { .. }
            | Instruction::LoadDeref { .. }
            | Instruction::DeleteDeref { .. }
            | Instruction::LoadClosure { .. }
            | Instruction::LoadClassDeref { .. }
            | Instruction::JumpForward { .. }
            | Instruction::JumpBackward { .. }
            | Instruction::LoadBuildClass
            | Instruction::LoadAssertionError
            | Instruction::SetupAnnotations => 0,

            Instruction::PopTop
            | Instruction::StoreName { .. }
            | Instruction::StoreGlobal { .. }
            | Instruction::StoreFast { .. }
            | Instruction::StoreDeref { .. }
            | Instruction::LoadAttr { .. }
            | Instruction::DeleteAttr { .. }
            | Instruction::LoadMethod { .. }
            | Instruction::UnaryPositive
            | Instruction::UnaryNegative
            | Instruction::UnaryNot
            | Instruction::UnaryInvert
            | Instruction::ListToTuple
            | Instruction::UnpackSequence { .. }
            | Instruction::UnpackEx { .. }
            | Instruction::PopJumpIfFalse { .. }
            | Instruction::PopJumpIfTrue { .. }
            | Instruction::PopJumpIfNone { .. }
            | Instruction::PopJumpIfNotNone { .. }
            | Instruction::JumpIfTrueOrPop { .. }
            | Instruction::JumpIfFalseOrPop { .. }
            | Instruction::GetIter
            | Instruction::GetYieldFromIter
            | Instruction::ForIter { .. }
            | Instruction::ReturnValue
            | Instruction::PushExcInfo
            | Instruction::PopExcept
            | Instruction::BeforeWith
            | Instruction::BeforeAsyncWith
            | Instruction::YieldValue
            | Instruction::GetAwaitable { .. }
            | Instruction::GetAiter
            | Instruction::GetAnext
            | Instruction::AsyncGenWrap
            | Instruction::ImportFrom { .. }
            | Instruction::ImportStar
            | Instruction::PrintExpr
            | Instruction::MatchMapping
            | Instruction::MatchSequence
            | Instruction::GetLen => 1,

            Instruction::StoreAttr { .. }
            | Instruction::BinaryOp { .. }
            | Instruction::CompareOp { .. }
            | Instruction::IsOp { .. }
            | Instruction::ContainsOp { .. }
            | Instruction::BinarySubscr
            | Instruction::DeleteSubscr
            | Instruction::CheckExcMatch
            | Instruction::CheckEgMatch
            | Instruction::PrepReraiseStar
            | Instruction::Send { .. }
            | Instruction::EndAsyncFor
            | Instruction::ImportName { .. }
            | Instruction::MatchKeys => 2,

            Instruction::StoreSubscr | Instruction::MatchClass { .. } => 3,

            // exit, lasti, previous exception, exception: CPython reads the
            // exit function at PEEK(4).
            Instruction::WithExceptStart => 4,

            Instruction::Copy { depth } | Instruction::Swap { depth } => u64::from(depth),
            Instruction::BuildSlice { count }
            | Instruction::BuildTuple { count }
            | Instruction::BuildList { count }
            | Instruction::BuildSet { count }
            | Instruction::BuildString { count }
            | Instruction::RaiseVarargs { count } => u64::from(count),
            Instruction::BuildMap { count } => 2 * u64::from(count),
            Instruction::BuildConstKeyMap { count } => u64::from(count) + 1,
            Instruction::ListAppend { depth }
            | Instruction::SetAdd { depth }
            | Instruction::ListExtend { depth }
            | Instruction::SetUpdate { depth }
            | Instruction::DictUpdate { depth }
            | Instruction::DictMerge { depth } => u64::from(depth) + 1,
            Instruction::MapAdd { depth } => u64::from(depth) + 2,
            Instruction::Call { argc } => u64::from(argc) + 2,
            Instruction::CallKw { argc, .. } => u64::from(argc) + 2,
            Instruction::CallFunctionEx { has_kwargs } => 3 + u64::from(has_kwargs),
            Instruction::MakeFunction { flags } => 1 + u64::from(flag_count(flags)),
            Instruction::Reraise { depth } => 1 + u64::from(depth),
            Instruction::FormatValue { has_spec, .. } => 1 + u64::from(has_spec),
        }
    }
}

/// How many optional parts `MakeFunction` pops below the code object.
fn flag_count(flags: MakeFunctionFlags) -> u32 {
    flags.bits().count_ones()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::operand::{Label, NameIdx};

    #[test]
    fn branches_differ_by_outcome() {
        let target = Label(5);
        assert_eq!(
            Instruction::JumpIfTrueOrPop { target }.stack_effect(true),
            0
        );
        assert_eq!(
            Instruction::JumpIfTrueOrPop { target }.stack_effect(false),
            -1
        );
        assert_eq!(Instruction::Send { target }.stack_effect(true), -1);
        assert_eq!(Instruction::Send { target }.stack_effect(false), 0);
        assert_eq!(Instruction::PopJumpIfNone { target }.stack_effect(true), -1);
        assert_eq!(
            Instruction::PopJumpIfNone { target }.stack_effect(false),
            -1
        );
    }

    #[test]
    fn operand_dependent_effects() {
        let name = NameIdx(0);
        assert_eq!(
            Instruction::LoadGlobal {
                name,
                push_null: true
            }
            .stack_effect(false),
            2
        );
        assert_eq!(
            Instruction::LoadGlobal {
                name,
                push_null: false
            }
            .stack_effect(false),
            1
        );
        let flags = MakeFunctionFlags::DEFAULTS | MakeFunctionFlags::CLOSURE;
        assert_eq!(Instruction::MakeFunction { flags }.stack_effect(false), -2);
        assert_eq!(
            Instruction::UnpackEx {
                before: 2,
                after: 1
            }
            .stack_effect(false),
            3
        );
        assert_eq!(Instruction::BuildMap { count: 3 }.stack_effect(false), -5);
        assert_eq!(
            Instruction::BuildConstKeyMap { count: 3 }.stack_effect(false),
            -3
        );
        assert_eq!(Instruction::MapAdd { depth: 2 }.stack_effect(false), -2);
        assert_eq!(Instruction::Copy { depth: 3 }.stack_effect(false), 1);
        assert_eq!(Instruction::Swap { depth: 3 }.stack_effect(false), 0);
    }

    #[test]
    fn huge_counts_do_not_overflow() {
        let build = Instruction::BuildMap { count: u32::MAX };
        assert_eq!(build.stack_effect(false), 1 - 2 * i64::from(u32::MAX));
        assert_eq!(
            Instruction::Call { argc: u32::MAX }.stack_inputs(),
            u64::from(u32::MAX) + 2
        );
    }
}
