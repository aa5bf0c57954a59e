//! Snapshots of the disassembly of hand-built code objects, in the layout
//! of CPython 3.11's `python3 -m dis`.

mod common;

use pyvm_bytecode::{
    disassemble, BinaryOperator, CellIdx, CodeObject, ComparisonOperator, ConstIdx, Constant,
    Conversion, Instruction, Label, LocalIdx, Location, MakeFunctionFlags, NameIdx,
};

#[test]
fn module_with_nested_functions_jumps_and_handlers() {
    insta::assert_snapshot!(disassemble(&common::sample_module()));
}

/// One of each instruction: every way an argument is resolved.
#[test]
fn every_instruction() {
    let mut code = CodeObject::new("every", "every.py", 1);
    code.names = vec!["n0".into(), "n1".into()];
    code.varnames = vec!["v0".into(), "v1".into()];
    code.cellvars = vec!["cell".into()];
    code.freevars = vec!["free".into()];
    code.consts = vec![
        Constant::None,
        Constant::Tuple(vec![
            Constant::Str("sep".into()),
            Constant::Str("end".into()),
        ]),
    ];
    code.instructions = vec![
        Instruction::Nop,
        Instruction::PopTop,
        Instruction::PushNull,
        Instruction::Copy { depth: 2 },
        Instruction::Swap { depth: 2 },
        Instruction::LoadConst { value: ConstIdx(1) },
        Instruction::LoadName { name: NameIdx(1) },
        Instruction::StoreName { name: NameIdx(1) },
        Instruction::DeleteName { name: NameIdx(1) },
        Instruction::LoadGlobal {
            name: NameIdx(1),
            push_null: true,
        },
        Instruction::StoreGlobal { name: NameIdx(1) },
        Instruction::DeleteGlobal { name: NameIdx(1) },
        Instruction::LoadFast { local: LocalIdx(1) },
        Instruction::StoreFast { local: LocalIdx(1) },
        Instruction::DeleteFast { local: LocalIdx(1) },
        Instruction::LoadDeref { cell: CellIdx(1) },
        Instruction::StoreDeref { cell: CellIdx(1) },
        Instruction::DeleteDeref { cell: CellIdx(1) },
        Instruction::LoadClosure { cell: CellIdx(1) },
        Instruction::LoadClassDeref { cell: CellIdx(1) },
        Instruction::LoadAttr { name: NameIdx(1) },
        Instruction::StoreAttr { name: NameIdx(1) },
        Instruction::DeleteAttr { name: NameIdx(1) },
        Instruction::LoadMethod { name: NameIdx(1) },
        Instruction::UnaryPositive,
        Instruction::UnaryNegative,
        Instruction::UnaryNot,
        Instruction::UnaryInvert,
        Instruction::BinaryOp {
            op: BinaryOperator::InplaceFloorDivide,
        },
        Instruction::CompareOp {
            op: ComparisonOperator::NotEqual,
        },
        Instruction::IsOp { invert: true },
        Instruction::ContainsOp { invert: true },
        Instruction::BinarySubscr,
        Instruction::StoreSubscr,
        Instruction::DeleteSubscr,
        Instruction::BuildSlice { count: 2 },
        Instruction::BuildTuple { count: 2 },
        Instruction::BuildList { count: 2 },
        Instruction::BuildSet { count: 2 },
        Instruction::BuildMap { count: 2 },
        Instruction::BuildString { count: 2 },
        Instruction::BuildConstKeyMap { count: 2 },
        Instruction::ListAppend { depth: 2 },
        Instruction::SetAdd { depth: 2 },
        Instruction::MapAdd { depth: 2 },
        Instruction::ListExtend { depth: 2 },
        Instruction::SetUpdate { depth: 2 },
        Instruction::DictUpdate { depth: 2 },
        Instruction::DictMerge { depth: 2 },
        Instruction::ListToTuple,
        Instruction::UnpackSequence { count: 2 },
        Instruction::UnpackEx {
            before: 1,
            after: 2,
        },
        Instruction::JumpForward { target: Label(0) },
        Instruction::JumpBackward { target: Label(0) },
        Instruction::PopJumpIfFalse { target: Label(0) },
        Instruction::PopJumpIfTrue { target: Label(0) },
        Instruction::PopJumpIfNone { target: Label(0) },
        Instruction::PopJumpIfNotNone { target: Label(0) },
        Instruction::JumpIfTrueOrPop { target: Label(0) },
        Instruction::JumpIfFalseOrPop { target: Label(0) },
        Instruction::GetIter,
        Instruction::GetYieldFromIter,
        Instruction::ForIter { target: Label(0) },
        Instruction::ReturnValue,
        Instruction::Call { argc: 2 },
        Instruction::CallKw {
            argc: 3,
            kw_names: ConstIdx(1),
        },
        Instruction::CallFunctionEx { has_kwargs: true },
        Instruction::MakeFunction {
            flags: MakeFunctionFlags::DEFAULTS | MakeFunctionFlags::ANNOTATIONS,
        },
        Instruction::LoadBuildClass,
        Instruction::RaiseVarargs { count: 2 },
        Instruction::PushExcInfo,
        Instruction::PopExcept,
        Instruction::Reraise { depth: 1 },
        Instruction::CheckExcMatch,
        Instruction::CheckEgMatch,
        Instruction::PrepReraiseStar,
        Instruction::WithExceptStart,
        Instruction::BeforeWith,
        Instruction::BeforeAsyncWith,
        Instruction::LoadAssertionError,
        Instruction::YieldValue,
        Instruction::Send { target: Label(0) },
        Instruction::GetAwaitable { kind: 1 },
        Instruction::GetAiter,
        Instruction::GetAnext,
        Instruction::EndAsyncFor,
        Instruction::AsyncGenWrap,
        Instruction::ImportName { name: NameIdx(1) },
        Instruction::ImportFrom { name: NameIdx(1) },
        Instruction::ImportStar,
        Instruction::SetupAnnotations,
        Instruction::PrintExpr,
        Instruction::FormatValue {
            conversion: Conversion::Repr,
            has_spec: true,
        },
        Instruction::MatchClass { count: 2 },
        Instruction::MatchKeys,
        Instruction::MatchMapping,
        Instruction::MatchSequence,
        Instruction::GetLen,
    ];
    code.locations = vec![Location::line(7); code.instructions.len()].into();
    insta::assert_snapshot!(disassemble(&code));
}

#[test]
fn operand_variants() {
    let mut code = CodeObject::new("variants", "v.py", 1);
    code.names = vec!["print".into()];
    code.consts = vec![Constant::Tuple(vec![])];
    code.instructions = vec![
        Instruction::LoadGlobal {
            name: NameIdx(0),
            push_null: false,
        },
        Instruction::FormatValue {
            conversion: Conversion::None,
            has_spec: false,
        },
        Instruction::FormatValue {
            conversion: Conversion::None,
            has_spec: true,
        },
        Instruction::FormatValue {
            conversion: Conversion::Str,
            has_spec: false,
        },
        Instruction::FormatValue {
            conversion: Conversion::Ascii,
            has_spec: true,
        },
        Instruction::MakeFunction {
            flags: MakeFunctionFlags::empty(),
        },
        Instruction::MakeFunction {
            flags: MakeFunctionFlags::all(),
        },
        Instruction::UnpackEx {
            before: 255,
            after: 1,
        },
        Instruction::CallKw {
            argc: 0,
            kw_names: ConstIdx(0),
        },
        Instruction::BinaryOp {
            op: BinaryOperator::MatrixMultiply,
        },
        Instruction::CompareOp {
            op: ComparisonOperator::GreaterEqual,
        },
        Instruction::IsOp { invert: false },
        Instruction::ReturnValue,
    ];
    code.locations = vec![Location::NONE; code.instructions.len()].into();
    code.locations.as_mut_vec()[3] = Location::line(2);
    code.locations.as_mut_vec()[4] = Location::line(2);
    code.locations.as_mut_vec()[5] = Location::line(3);
    insta::assert_snapshot!(disassemble(&code));
}

#[test]
fn wide_offsets_and_lines_widen_their_columns() {
    let mut code = CodeObject::new("wide", "w.py", 1);
    code.instructions = vec![Instruction::Nop; 10_001];
    code.instructions.push(Instruction::JumpBackward {
        target: Label(10_000),
    });
    code.locations = vec![Location::line(12_345); code.instructions.len()].into();
    let text = disassemble(&code);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "12345            0 NOP");
    assert_eq!(lines[10_000], "          >> 10000 NOP");
    assert_eq!(
        lines[10_001],
        "             10001 JUMP_BACKWARD        10000 (to 10000)"
    );
}
