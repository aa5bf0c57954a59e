//! Each instruction's stack effect against CPython 3.11's
//! `dis.stack_effect` for its counterpart (`Call` against `PRECALL` +
//! `CALL`, `CallKw` against `KW_NAMES` + `PRECALL` + `CALL`).
//!
//! The expected values were recorded from CPython 3.11.7 with
//! `dis.stack_effect(opcode, oparg, jump=True)` and `jump=False`.

use pyvm_bytecode::{
    BinaryOperator, CellIdx, ComparisonOperator, ConstIdx, Conversion, Instruction, Label,
    LocalIdx, MakeFunctionFlags, NameIdx,
};

/// (instruction, effect when jumping, effect when not).
fn cpython_effects() -> Vec<(Instruction, i64, i64)> {
    vec![
        (Instruction::Nop, 0, 0),
        (Instruction::PopTop, -1, -1),
        (Instruction::PushNull, 1, 1),
        (Instruction::Copy { depth: 1 }, 1, 1),
        (Instruction::Copy { depth: 2 }, 1, 1),
        (Instruction::Copy { depth: 7 }, 1, 1),
        (Instruction::Swap { depth: 1 }, 0, 0),
        (Instruction::Swap { depth: 2 }, 0, 0),
        (Instruction::Swap { depth: 7 }, 0, 0),
        (Instruction::LoadConst { value: ConstIdx(1) }, 1, 1),
        (Instruction::LoadName { name: NameIdx(1) }, 1, 1),
        (Instruction::StoreName { name: NameIdx(1) }, -1, -1),
        (Instruction::DeleteName { name: NameIdx(1) }, 0, 0),
        (
            Instruction::LoadGlobal {
                name: NameIdx(3),
                push_null: false,
            },
            1,
            1,
        ),
        (
            Instruction::LoadGlobal {
                name: NameIdx(3),
                push_null: true,
            },
            2,
            2,
        ),
        (Instruction::StoreGlobal { name: NameIdx(1) }, -1, -1),
        (Instruction::DeleteGlobal { name: NameIdx(1) }, 0, 0),
        (Instruction::LoadFast { local: LocalIdx(1) }, 1, 1),
        (Instruction::StoreFast { local: LocalIdx(1) }, -1, -1),
        (Instruction::DeleteFast { local: LocalIdx(1) }, 0, 0),
        (Instruction::LoadDeref { cell: CellIdx(1) }, 1, 1),
        (Instruction::StoreDeref { cell: CellIdx(1) }, -1, -1),
        (Instruction::DeleteDeref { cell: CellIdx(1) }, 0, 0),
        (Instruction::LoadClosure { cell: CellIdx(1) }, 1, 1),
        (Instruction::LoadClassDeref { cell: CellIdx(1) }, 1, 1),
        (Instruction::LoadAttr { name: NameIdx(1) }, 0, 0),
        (Instruction::StoreAttr { name: NameIdx(1) }, -2, -2),
        (Instruction::DeleteAttr { name: NameIdx(1) }, -1, -1),
        (Instruction::LoadMethod { name: NameIdx(1) }, 1, 1),
        (Instruction::UnaryPositive, 0, 0),
        (Instruction::UnaryNegative, 0, 0),
        (Instruction::UnaryNot, 0, 0),
        (Instruction::UnaryInvert, 0, 0),
        (
            Instruction::BinaryOp {
                op: BinaryOperator::Power,
            },
            -1,
            -1,
        ),
        (
            Instruction::CompareOp {
                op: ComparisonOperator::Less,
            },
            -1,
            -1,
        ),
        (Instruction::IsOp { invert: false }, -1, -1),
        (Instruction::IsOp { invert: true }, -1, -1),
        (Instruction::ContainsOp { invert: false }, -1, -1),
        (Instruction::ContainsOp { invert: true }, -1, -1),
        (Instruction::BinarySubscr, -1, -1),
        (Instruction::StoreSubscr, -3, -3),
        (Instruction::DeleteSubscr, -2, -2),
        (Instruction::BuildSlice { count: 2 }, -1, -1),
        (Instruction::BuildSlice { count: 3 }, -2, -2),
        (Instruction::BuildTuple { count: 1 }, 0, 0),
        (Instruction::BuildTuple { count: 2 }, -1, -1),
        (Instruction::BuildTuple { count: 7 }, -6, -6),
        (Instruction::BuildList { count: 1 }, 0, 0),
        (Instruction::BuildList { count: 2 }, -1, -1),
        (Instruction::BuildList { count: 7 }, -6, -6),
        (Instruction::BuildSet { count: 1 }, 0, 0),
        (Instruction::BuildSet { count: 2 }, -1, -1),
        (Instruction::BuildSet { count: 7 }, -6, -6),
        (Instruction::BuildMap { count: 1 }, -1, -1),
        (Instruction::BuildMap { count: 2 }, -3, -3),
        (Instruction::BuildMap { count: 7 }, -13, -13),
        (Instruction::BuildString { count: 1 }, 0, 0),
        (Instruction::BuildString { count: 2 }, -1, -1),
        (Instruction::BuildString { count: 7 }, -6, -6),
        (Instruction::BuildConstKeyMap { count: 1 }, -1, -1),
        (Instruction::BuildConstKeyMap { count: 2 }, -2, -2),
        (Instruction::BuildConstKeyMap { count: 7 }, -7, -7),
        (Instruction::ListAppend { depth: 1 }, -1, -1),
        (Instruction::ListAppend { depth: 2 }, -1, -1),
        (Instruction::ListAppend { depth: 7 }, -1, -1),
        (Instruction::SetAdd { depth: 1 }, -1, -1),
        (Instruction::SetAdd { depth: 2 }, -1, -1),
        (Instruction::SetAdd { depth: 7 }, -1, -1),
        (Instruction::MapAdd { depth: 1 }, -2, -2),
        (Instruction::MapAdd { depth: 2 }, -2, -2),
        (Instruction::MapAdd { depth: 7 }, -2, -2),
        (Instruction::ListExtend { depth: 1 }, -1, -1),
        (Instruction::ListExtend { depth: 2 }, -1, -1),
        (Instruction::ListExtend { depth: 7 }, -1, -1),
        (Instruction::SetUpdate { depth: 1 }, -1, -1),
        (Instruction::SetUpdate { depth: 2 }, -1, -1),
        (Instruction::SetUpdate { depth: 7 }, -1, -1),
        (Instruction::DictUpdate { depth: 1 }, -1, -1),
        (Instruction::DictUpdate { depth: 2 }, -1, -1),
        (Instruction::DictUpdate { depth: 7 }, -1, -1),
        (Instruction::DictMerge { depth: 1 }, -1, -1),
        (Instruction::DictMerge { depth: 2 }, -1, -1),
        (Instruction::DictMerge { depth: 7 }, -1, -1),
        (Instruction::ListToTuple, 0, 0),
        (Instruction::UnpackSequence { count: 1 }, 0, 0),
        (Instruction::UnpackSequence { count: 2 }, 1, 1),
        (Instruction::UnpackSequence { count: 7 }, 6, 6),
        (
            Instruction::UnpackEx {
                before: 0,
                after: 0,
            },
            0,
            0,
        ),
        (
            Instruction::UnpackEx {
                before: 2,
                after: 1,
            },
            3,
            3,
        ),
        (
            Instruction::UnpackEx {
                before: 1,
                after: 3,
            },
            4,
            4,
        ),
        (Instruction::JumpForward { target: Label(1) }, 0, 0),
        (Instruction::JumpBackward { target: Label(1) }, 0, 0),
        (Instruction::PopJumpIfFalse { target: Label(1) }, -1, -1),
        (Instruction::PopJumpIfTrue { target: Label(1) }, -1, -1),
        (Instruction::PopJumpIfNone { target: Label(1) }, -1, -1),
        (Instruction::PopJumpIfNotNone { target: Label(1) }, -1, -1),
        (Instruction::JumpIfTrueOrPop { target: Label(1) }, 0, -1),
        (Instruction::JumpIfFalseOrPop { target: Label(1) }, 0, -1),
        (Instruction::GetIter, 0, 0),
        (Instruction::GetYieldFromIter, 0, 0),
        (Instruction::ForIter { target: Label(1) }, -1, 1),
        (Instruction::ReturnValue, -1, -1),
        (Instruction::Call { argc: 0 }, -1, -1),
        (Instruction::Call { argc: 1 }, -2, -2),
        (Instruction::Call { argc: 5 }, -6, -6),
        (
            Instruction::CallKw {
                argc: 1,
                kw_names: ConstIdx(0),
            },
            -2,
            -2,
        ),
        (
            Instruction::CallKw {
                argc: 4,
                kw_names: ConstIdx(0),
            },
            -5,
            -5,
        ),
        (Instruction::CallFunctionEx { has_kwargs: false }, -2, -2),
        (Instruction::CallFunctionEx { has_kwargs: true }, -3, -3),
        (
            Instruction::MakeFunction {
                flags: MakeFunctionFlags::from_bits_truncate(0),
            },
            0,
            0,
        ),
        (
            Instruction::MakeFunction {
                flags: MakeFunctionFlags::from_bits_truncate(1),
            },
            -1,
            -1,
        ),
        (
            Instruction::MakeFunction {
                flags: MakeFunctionFlags::from_bits_truncate(9),
            },
            -2,
            -2,
        ),
        (
            Instruction::MakeFunction {
                flags: MakeFunctionFlags::from_bits_truncate(15),
            },
            -4,
            -4,
        ),
        (Instruction::LoadBuildClass, 1, 1),
        (Instruction::RaiseVarargs { count: 0 }, 0, 0),
        (Instruction::RaiseVarargs { count: 1 }, -1, -1),
        (Instruction::RaiseVarargs { count: 2 }, -2, -2),
        (Instruction::PushExcInfo, 1, 1),
        (Instruction::PopExcept, -1, -1),
        (Instruction::Reraise { depth: 0 }, -1, -1),
        (Instruction::Reraise { depth: 1 }, -1, -1),
        (Instruction::CheckExcMatch, 0, 0),
        (Instruction::CheckEgMatch, 0, 0),
        (Instruction::PrepReraiseStar, -1, -1),
        (Instruction::WithExceptStart, 1, 1),
        (Instruction::BeforeWith, 1, 1),
        (Instruction::BeforeAsyncWith, 1, 1),
        (Instruction::LoadAssertionError, 1, 1),
        (Instruction::YieldValue, 0, 0),
        (Instruction::Send { target: Label(1) }, -1, 0),
        (Instruction::GetAwaitable { kind: 1 }, 0, 0),
        (Instruction::GetAiter, 0, 0),
        (Instruction::GetAnext, 1, 1),
        (Instruction::EndAsyncFor, -2, -2),
        (Instruction::AsyncGenWrap, 0, 0),
        (Instruction::ImportName { name: NameIdx(1) }, -1, -1),
        (Instruction::ImportFrom { name: NameIdx(1) }, 1, 1),
        (Instruction::ImportStar, -1, -1),
        (Instruction::SetupAnnotations, 0, 0),
        (Instruction::PrintExpr, -1, -1),
        (
            Instruction::FormatValue {
                conversion: Conversion::None,
                has_spec: false,
            },
            0,
            0,
        ),
        (
            Instruction::FormatValue {
                conversion: Conversion::None,
                has_spec: true,
            },
            -1,
            -1,
        ),
        (
            Instruction::FormatValue {
                conversion: Conversion::Repr,
                has_spec: false,
            },
            0,
            0,
        ),
        (
            Instruction::FormatValue {
                conversion: Conversion::Repr,
                has_spec: true,
            },
            -1,
            -1,
        ),
        (Instruction::MatchClass { count: 1 }, -2, -2),
        (Instruction::MatchClass { count: 2 }, -2, -2),
        (Instruction::MatchClass { count: 7 }, -2, -2),
        (Instruction::MatchKeys, 1, 1),
        (Instruction::MatchMapping, 1, 1),
        (Instruction::MatchSequence, 1, 1),
        (Instruction::GetLen, 1, 1),
    ]
}

#[test]
fn stack_effects_match_cpython() {
    let mut mismatches = Vec::new();
    for (instruction, jump, no_jump) in cpython_effects() {
        let ours = (
            instruction.stack_effect(true),
            instruction.stack_effect(false),
        );
        if ours != (jump, no_jump) {
            mismatches.push(format!(
                "{instruction:?}: pyvm {ours:?}, CPython {:?}",
                (jump, no_jump)
            ));
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

#[test]
fn every_instruction_is_compared() {
    let mut names: Vec<&str> = cpython_effects().iter().map(|(i, _, _)| i.name()).collect();
    names.dedup();
    assert_eq!(names.len(), 98);
}

#[test]
fn inputs_cover_the_values_popped() {
    // Whatever the net effect, an instruction cannot pop more than it needs.
    for (instruction, _, _) in cpython_effects() {
        for jump in [true, false] {
            let popped = -instruction.stack_effect(jump);
            assert!(
                popped <= instruction.stack_inputs() as i64,
                "{instruction:?} pops {popped} but needs only {}",
                instruction.stack_inputs()
            );
        }
    }
}
