//! Instructions in a bytecode file: an opcode byte, then the operands, as
//! the [table in the `file` module](crate::file#instructions) lists them.

use crate::file::read::Reader;
use crate::file::write::Writer;
use crate::file::{LoadError, LoadErrorKind};
use crate::instruction::Instruction;
use crate::operand::{
    BinaryOperator, CellIdx, ComparisonOperator, ConstIdx, Conversion, Label, LocalIdx,
    MakeFunctionFlags, NameIdx,
};

/// The opcode of an instruction.
pub fn opcode(instruction: &Instruction) -> u8 {
    match instruction {
        Instruction::Nop => 1,
        Instruction::PopTop => 2,
        Instruction::PushNull => 3,
        Instruction::Copy { .. } => 4,
        Instruction::Swap { .. } => 5,
        Instruction::LoadConst { .. } => 6,
        Instruction::LoadName { .. } => 7,
        Instruction::StoreName { .. } => 8,
        Instruction::DeleteName { .. } => 9,
        Instruction::LoadGlobal { .. } => 10,
        Instruction::StoreGlobal { .. } => 11,
        Instruction::DeleteGlobal { .. } => 12,
        Instruction::LoadFast { .. } => 13,
        Instruction::StoreFast { .. } => 14,
        Instruction::DeleteFast { .. } => 15,
        Instruction::LoadDeref { .. } => 16,
        Instruction::StoreDeref { .. } => 17,
        Instruction::DeleteDeref { .. } => 18,
        Instruction::LoadClosure { .. } => 19,
        Instruction::LoadClassDeref { .. } => 20,
        Instruction::LoadAttr { .. } => 21,
        Instruction::StoreAttr { .. } => 22,
        Instruction::DeleteAttr { .. } => 23,
        Instruction::LoadMethod { .. } => 24,
        Instruction::UnaryPositive => 25,
        Instruction::UnaryNegative => 26,
        Instruction::UnaryNot => 27,
        Instruction::UnaryInvert => 28,
        Instruction::BinaryOp { .. } => 29,
        Instruction::CompareOp { .. } => 30,
        Instruction::IsOp { .. } => 31,
        Instruction::ContainsOp { .. } => 32,
        Instruction::BinarySubscr => 33,
        Instruction::StoreSubscr => 34,
        Instruction::DeleteSubscr => 35,
        Instruction::BuildSlice { .. } => 36,
        Instruction::BuildTuple { .. } => 37,
        Instruction::BuildList { .. } => 38,
        Instruction::BuildSet { .. } => 39,
        Instruction::BuildMap { .. } => 40,
        Instruction::BuildString { .. } => 41,
        Instruction::BuildConstKeyMap { .. } => 42,
        Instruction::ListAppend { .. } => 43,
        Instruction::SetAdd { .. } => 44,
        Instruction::MapAdd { .. } => 45,
        Instruction::ListExtend { .. } => 46,
        Instruction::SetUpdate { .. } => 47,
        Instruction::DictUpdate { .. } => 48,
        Instruction::DictMerge { .. } => 49,
        Instruction::ListToTuple => 50,
        Instruction::UnpackSequence { .. } => 51,
        Instruction::UnpackEx { .. } => 52,
        Instruction::JumpForward { .. } => 53,
        Instruction::JumpBackward { .. } => 54,
        Instruction::PopJumpIfFalse { .. } => 55,
        Instruction::PopJumpIfTrue { .. } => 56,
        Instruction::PopJumpIfNone { .. } => 57,
        Instruction::PopJumpIfNotNone { .. } => 58,
        Instruction::JumpIfTrueOrPop { .. } => 59,
        Instruction::JumpIfFalseOrPop { .. } => 60,
        Instruction::GetIter => 61,
        Instruction::GetYieldFromIter => 62,
        Instruction::ForIter { .. } => 63,
        Instruction::ReturnValue => 64,
        Instruction::Call { .. } => 65,
        Instruction::CallKw { .. } => 66,
        Instruction::CallFunctionEx { .. } => 67,
        Instruction::MakeFunction { .. } => 68,
        Instruction::LoadBuildClass => 69,
        Instruction::RaiseVarargs { .. } => 70,
        Instruction::PushExcInfo => 71,
        Instruction::PopExcept => 72,
        Instruction::Reraise { .. } => 73,
        Instruction::CheckExcMatch => 74,
        Instruction::CheckEgMatch => 75,
        Instruction::PrepReraiseStar => 76,
        Instruction::WithExceptStart => 77,
        Instruction::BeforeWith => 78,
        Instruction::BeforeAsyncWith => 79,
        Instruction::LoadAssertionError => 80,
        Instruction::YieldValue => 81,
        Instruction::Send { .. } => 82,
        Instruction::GetAwaitable { .. } => 83,
        Instruction::GetAiter => 84,
        Instruction::GetAnext => 85,
        Instruction::EndAsyncFor => 86,
        Instruction::AsyncGenWrap => 87,
        Instruction::ImportName { .. } => 88,
        Instruction::ImportFrom { .. } => 89,
        Instruction::ImportStar => 90,
        Instruction::SetupAnnotations => 91,
        Instruction::PrintExpr => 92,
        Instruction::FormatValue { .. } => 93,
        Instruction::MatchClass { .. } => 94,
        Instruction::MatchKeys => 95,
        Instruction::MatchMapping => 96,
        Instruction::MatchSequence => 97,
        Instruction::GetLen => 98,
        Instruction::LoadFastLoadFast { .. } => 99,
        Instruction::LoadFastLoadConst { .. } => 100,
    }
}

/// Writes an instruction: its opcode, then its operands.
pub fn write_instruction(writer: &mut Writer, instruction: &Instruction) {
    writer.u8(opcode(instruction));
    match *instruction {
        Instruction::Copy { depth } => {
            writer.varint(u64::from(depth));
        }
        Instruction::Swap { depth } => {
            writer.varint(u64::from(depth));
        }
        Instruction::LoadConst { value } => {
            writer.varint(u64::from(value.0));
        }
        Instruction::LoadName { name } => {
            writer.varint(u64::from(name.0));
        }
        Instruction::StoreName { name } => {
            writer.varint(u64::from(name.0));
        }
        Instruction::DeleteName { name } => {
            writer.varint(u64::from(name.0));
        }
        Instruction::LoadGlobal { name, push_null } => {
            writer.varint(u64::from(name.0));
            writer.bool(push_null);
        }
        Instruction::StoreGlobal { name } => {
            writer.varint(u64::from(name.0));
        }
        Instruction::DeleteGlobal { name } => {
            writer.varint(u64::from(name.0));
        }
        Instruction::LoadFast { local } => {
            writer.varint(u64::from(local.0));
        }
        Instruction::StoreFast { local } => {
            writer.varint(u64::from(local.0));
        }
        Instruction::DeleteFast { local } => {
            writer.varint(u64::from(local.0));
        }
        Instruction::LoadDeref { cell } => {
            writer.varint(u64::from(cell.0));
        }
        Instruction::StoreDeref { cell } => {
            writer.varint(u64::from(cell.0));
        }
        Instruction::DeleteDeref { cell } => {
            writer.varint(u64::from(cell.0));
        }
        Instruction::LoadClosure { cell } => {
            writer.varint(u64::from(cell.0));
        }
        Instruction::LoadClassDeref { cell } => {
            writer.varint(u64::from(cell.0));
        }
        Instruction::LoadAttr { name } => {
            writer.varint(u64::from(name.0));
        }
        Instruction::StoreAttr { name } => {
            writer.varint(u64::from(name.0));
        }
        Instruction::DeleteAttr { name } => {
            writer.varint(u64::from(name.0));
        }
        Instruction::LoadMethod { name } => {
            writer.varint(u64::from(name.0));
        }
        Instruction::BinaryOp { op } => {
            writer.u8(op.number());
        }
        Instruction::CompareOp { op } => {
            writer.u8(op.number());
        }
        Instruction::IsOp { invert } => {
            writer.bool(invert);
        }
        Instruction::ContainsOp { invert } => {
            writer.bool(invert);
        }
        Instruction::BuildSlice { count } => {
            writer.varint(u64::from(count));
        }
        Instruction::BuildTuple { count } => {
            writer.varint(u64::from(count));
        }
        Instruction::BuildList { count } => {
            writer.varint(u64::from(count));
        }
        Instruction::BuildSet { count } => {
            writer.varint(u64::from(count));
        }
        Instruction::BuildMap { count } => {
            writer.varint(u64::from(count));
        }
        Instruction::BuildString { count } => {
            writer.varint(u64::from(count));
        }
        Instruction::BuildConstKeyMap { count } => {
            writer.varint(u64::from(count));
        }
        Instruction::ListAppend { depth } => {
            writer.varint(u64::from(depth));
        }
        Instruction::SetAdd { depth } => {
            writer.varint(u64::from(depth));
        }
        Instruction::MapAdd { depth } => {
            writer.varint(u64::from(depth));
        }
        Instruction::ListExtend { depth } => {
            writer.varint(u64::from(depth));
        }
        Instruction::SetUpdate { depth } => {
            writer.varint(u64::from(depth));
        }
        Instruction::DictUpdate { depth } => {
            writer.varint(u64::from(depth));
        }
        Instruction::DictMerge { depth } => {
            writer.varint(u64::from(depth));
        }
        Instruction::UnpackSequence { count } => {
            writer.varint(u64::from(count));
        }
        Instruction::UnpackEx { before, after } => {
            writer.u8(before);
            writer.varint(u64::from(after));
        }
        Instruction::JumpForward { target } => {
            writer.varint(u64::from(target.0));
        }
        Instruction::JumpBackward { target } => {
            writer.varint(u64::from(target.0));
        }
        Instruction::PopJumpIfFalse { target } => {
            writer.varint(u64::from(target.0));
        }
        Instruction::PopJumpIfTrue { target } => {
            writer.varint(u64::from(target.0));
        }
        Instruction::PopJumpIfNone { target } => {
            writer.varint(u64::from(target.0));
        }
        Instruction::PopJumpIfNotNone { target } => {
            writer.varint(u64::from(target.0));
        }
        Instruction::JumpIfTrueOrPop { target } => {
            writer.varint(u64::from(target.0));
        }
        Instruction::JumpIfFalseOrPop { target } => {
            writer.varint(u64::from(target.0));
        }
        Instruction::ForIter { target } => {
            writer.varint(u64::from(target.0));
        }
        Instruction::Call { argc } => {
            writer.varint(u64::from(argc));
        }
        Instruction::CallKw { argc, kw_names } => {
            writer.varint(u64::from(argc));
            writer.varint(u64::from(kw_names.0));
        }
        Instruction::CallFunctionEx { has_kwargs } => {
            writer.bool(has_kwargs);
        }
        Instruction::MakeFunction { flags } => {
            writer.u8(flags.bits());
        }
        Instruction::RaiseVarargs { count } => {
            writer.varint(u64::from(count));
        }
        Instruction::Reraise { depth } => {
            writer.varint(u64::from(depth));
        }
        Instruction::Send { target } => {
            writer.varint(u64::from(target.0));
        }
        Instruction::GetAwaitable { kind } => {
            writer.u8(kind);
        }
        Instruction::ImportName { name } => {
            writer.varint(u64::from(name.0));
        }
        Instruction::ImportFrom { name } => {
            writer.varint(u64::from(name.0));
        }
        Instruction::FormatValue {
            conversion,
            has_spec,
        } => {
            writer.u8(conversion.number());
            writer.bool(has_spec);
        }
        Instruction::MatchClass { count } => {
            writer.varint(u64::from(count));
        }
        Instruction::LoadFastLoadFast {
            first: a,
            second: b,
        }
        | Instruction::LoadFastLoadConst { local: a, value: b } => {
            writer.varint(u64::from(a));
            writer.varint(u64::from(b));
        }
        _ => {}
    }
}

/// Reads one instruction.
pub fn read_instruction(reader: &mut Reader<'_>) -> Result<Instruction, LoadError> {
    let start = reader.position();
    let opcode = reader.u8("instruction")?;
    let instruction = match opcode {
        1 => Instruction::Nop,
        2 => Instruction::PopTop,
        3 => Instruction::PushNull,
        4 => Instruction::Copy {
            depth: reader.u32("operand")?,
        },
        5 => Instruction::Swap {
            depth: reader.u32("operand")?,
        },
        6 => Instruction::LoadConst {
            value: ConstIdx(reader.u32("operand")?),
        },
        7 => Instruction::LoadName {
            name: NameIdx(reader.u32("operand")?),
        },
        8 => Instruction::StoreName {
            name: NameIdx(reader.u32("operand")?),
        },
        9 => Instruction::DeleteName {
            name: NameIdx(reader.u32("operand")?),
        },
        10 => Instruction::LoadGlobal {
            name: NameIdx(reader.u32("operand")?),
            push_null: reader.bool("operand")?,
        },
        11 => Instruction::StoreGlobal {
            name: NameIdx(reader.u32("operand")?),
        },
        12 => Instruction::DeleteGlobal {
            name: NameIdx(reader.u32("operand")?),
        },
        13 => Instruction::LoadFast {
            local: LocalIdx(reader.u32("operand")?),
        },
        14 => Instruction::StoreFast {
            local: LocalIdx(reader.u32("operand")?),
        },
        15 => Instruction::DeleteFast {
            local: LocalIdx(reader.u32("operand")?),
        },
        16 => Instruction::LoadDeref {
            cell: CellIdx(reader.u32("operand")?),
        },
        17 => Instruction::StoreDeref {
            cell: CellIdx(reader.u32("operand")?),
        },
        18 => Instruction::DeleteDeref {
            cell: CellIdx(reader.u32("operand")?),
        },
        19 => Instruction::LoadClosure {
            cell: CellIdx(reader.u32("operand")?),
        },
        20 => Instruction::LoadClassDeref {
            cell: CellIdx(reader.u32("operand")?),
        },
        21 => Instruction::LoadAttr {
            name: NameIdx(reader.u32("operand")?),
        },
        22 => Instruction::StoreAttr {
            name: NameIdx(reader.u32("operand")?),
        },
        23 => Instruction::DeleteAttr {
            name: NameIdx(reader.u32("operand")?),
        },
        24 => Instruction::LoadMethod {
            name: NameIdx(reader.u32("operand")?),
        },
        25 => Instruction::UnaryPositive,
        26 => Instruction::UnaryNegative,
        27 => Instruction::UnaryNot,
        28 => Instruction::UnaryInvert,
        29 => Instruction::BinaryOp {
            op: binary_operator(reader)?,
        },
        30 => Instruction::CompareOp {
            op: comparison_operator(reader)?,
        },
        31 => Instruction::IsOp {
            invert: reader.bool("operand")?,
        },
        32 => Instruction::ContainsOp {
            invert: reader.bool("operand")?,
        },
        33 => Instruction::BinarySubscr,
        34 => Instruction::StoreSubscr,
        35 => Instruction::DeleteSubscr,
        36 => Instruction::BuildSlice {
            count: reader.u32("operand")?,
        },
        37 => Instruction::BuildTuple {
            count: reader.u32("operand")?,
        },
        38 => Instruction::BuildList {
            count: reader.u32("operand")?,
        },
        39 => Instruction::BuildSet {
            count: reader.u32("operand")?,
        },
        40 => Instruction::BuildMap {
            count: reader.u32("operand")?,
        },
        41 => Instruction::BuildString {
            count: reader.u32("operand")?,
        },
        42 => Instruction::BuildConstKeyMap {
            count: reader.u32("operand")?,
        },
        43 => Instruction::ListAppend {
            depth: reader.u32("operand")?,
        },
        44 => Instruction::SetAdd {
            depth: reader.u32("operand")?,
        },
        45 => Instruction::MapAdd {
            depth: reader.u32("operand")?,
        },
        46 => Instruction::ListExtend {
            depth: reader.u32("operand")?,
        },
        47 => Instruction::SetUpdate {
            depth: reader.u32("operand")?,
        },
        48 => Instruction::DictUpdate {
            depth: reader.u32("operand")?,
        },
        49 => Instruction::DictMerge {
            depth: reader.u32("operand")?,
        },
        50 => Instruction::ListToTuple,
        51 => Instruction::UnpackSequence {
            count: reader.u32("operand")?,
        },
        52 => Instruction::UnpackEx {
            before: reader.u8("operand")?,
            after: reader.u32("operand")?,
        },
        53 => Instruction::JumpForward {
            target: Label(reader.u32("operand")?),
        },
        54 => Instruction::JumpBackward {
            target: Label(reader.u32("operand")?),
        },
        55 => Instruction::PopJumpIfFalse {
            target: Label(reader.u32("operand")?),
        },
        56 => Instruction::PopJumpIfTrue {
            target: Label(reader.u32("operand")?),
        },
        57 => Instruction::PopJumpIfNone {
            target: Label(reader.u32("operand")?),
        },
        58 => Instruction::PopJumpIfNotNone {
            target: Label(reader.u32("operand")?),
        },
        59 => Instruction::JumpIfTrueOrPop {
            target: Label(reader.u32("operand")?),
        },
        60 => Instruction::JumpIfFalseOrPop {
            target: Label(reader.u32("operand")?),
        },
        61 => Instruction::GetIter,
        62 => Instruction::GetYieldFromIter,
        63 => Instruction::ForIter {
            target: Label(reader.u32("operand")?),
        },
        64 => Instruction::ReturnValue,
        65 => Instruction::Call {
            argc: reader.u32("operand")?,
        },
        66 => Instruction::CallKw {
            argc: reader.u16("operand")?,
            kw_names: ConstIdx(reader.u32("operand")?),
        },
        67 => Instruction::CallFunctionEx {
            has_kwargs: reader.bool("operand")?,
        },
        68 => Instruction::MakeFunction {
            flags: make_function_flags(reader)?,
        },
        69 => Instruction::LoadBuildClass,
        70 => Instruction::RaiseVarargs {
            count: reader.u32("operand")?,
        },
        71 => Instruction::PushExcInfo,
        72 => Instruction::PopExcept,
        73 => Instruction::Reraise {
            depth: reader.u32("operand")?,
        },
        74 => Instruction::CheckExcMatch,
        75 => Instruction::CheckEgMatch,
        76 => Instruction::PrepReraiseStar,
        77 => Instruction::WithExceptStart,
        78 => Instruction::BeforeWith,
        79 => Instruction::BeforeAsyncWith,
        80 => Instruction::LoadAssertionError,
        81 => Instruction::YieldValue,
        82 => Instruction::Send {
            target: Label(reader.u32("operand")?),
        },
        83 => Instruction::GetAwaitable {
            kind: reader.u8("operand")?,
        },
        84 => Instruction::GetAiter,
        85 => Instruction::GetAnext,
        86 => Instruction::EndAsyncFor,
        87 => Instruction::AsyncGenWrap,
        88 => Instruction::ImportName {
            name: NameIdx(reader.u32("operand")?),
        },
        89 => Instruction::ImportFrom {
            name: NameIdx(reader.u32("operand")?),
        },
        90 => Instruction::ImportStar,
        91 => Instruction::SetupAnnotations,
        92 => Instruction::PrintExpr,
        93 => Instruction::FormatValue {
            conversion: conversion(reader)?,
            has_spec: reader.bool("operand")?,
        },
        94 => Instruction::MatchClass {
            count: reader.u32("operand")?,
        },
        95 => Instruction::MatchKeys,
        96 => Instruction::MatchMapping,
        97 => Instruction::MatchSequence,
        98 => Instruction::GetLen,
        99 => Instruction::LoadFastLoadFast {
            first: reader.u16("operand")?,
            second: reader.u16("operand")?,
        },
        100 => Instruction::LoadFastLoadConst {
            local: reader.u16("operand")?,
            value: reader.u16("operand")?,
        },
        _ => {
            return Err(LoadError {
                kind: LoadErrorKind::UnknownOpcode { opcode },
                offset: start,
            })
        }
    };
    Ok(instruction)
}

/// Reads a `BINARY_OP` operator number.
fn binary_operator(reader: &mut Reader<'_>) -> Result<BinaryOperator, LoadError> {
    let start = reader.position();
    let number = reader.u8("operand")?;
    BinaryOperator::from_number(number).ok_or_else(|| invalid(start, "BINARY_OP operator", number))
}

/// Reads a `COMPARE_OP` operator number.
fn comparison_operator(reader: &mut Reader<'_>) -> Result<ComparisonOperator, LoadError> {
    let start = reader.position();
    let number = reader.u8("operand")?;
    ComparisonOperator::from_number(number)
        .ok_or_else(|| invalid(start, "COMPARE_OP operator", number))
}

/// Reads a `FORMAT_VALUE` conversion number.
fn conversion(reader: &mut Reader<'_>) -> Result<Conversion, LoadError> {
    let start = reader.position();
    let number = reader.u8("operand")?;
    Conversion::from_number(number).ok_or_else(|| invalid(start, "FORMAT_VALUE conversion", number))
}

/// Reads `MAKE_FUNCTION` flags.
fn make_function_flags(reader: &mut Reader<'_>) -> Result<MakeFunctionFlags, LoadError> {
    let start = reader.position();
    let bits = reader.u8("operand")?;
    MakeFunctionFlags::from_bits(bits).ok_or_else(|| invalid(start, "MAKE_FUNCTION flags", bits))
}

/// An operand byte that names no operator or flag.
fn invalid(offset: usize, what: &'static str, value: u8) -> LoadError {
    LoadError {
        kind: LoadErrorKind::InvalidOperand { what, value },
        offset,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The highest opcode: opcodes are `1..=LAST_OPCODE`.
    const LAST_OPCODE: u8 = 100;

    /// One instruction of each kind, with operands that need several
    /// varint bytes where they can.
    fn samples() -> Vec<Instruction> {
        vec![
            Instruction::Nop,
            Instruction::PopTop,
            Instruction::PushNull,
            Instruction::Copy { depth: 300 },
            Instruction::Swap { depth: 300 },
            Instruction::LoadConst {
                value: ConstIdx(70000),
            },
            Instruction::LoadName { name: NameIdx(1) },
            Instruction::StoreName { name: NameIdx(1) },
            Instruction::DeleteName { name: NameIdx(1) },
            Instruction::LoadGlobal {
                name: NameIdx(1),
                push_null: true,
            },
            Instruction::StoreGlobal { name: NameIdx(1) },
            Instruction::DeleteGlobal { name: NameIdx(1) },
            Instruction::LoadFast {
                local: LocalIdx(128),
            },
            Instruction::StoreFast {
                local: LocalIdx(128),
            },
            Instruction::DeleteFast {
                local: LocalIdx(128),
            },
            Instruction::LoadDeref { cell: CellIdx(2) },
            Instruction::StoreDeref { cell: CellIdx(2) },
            Instruction::DeleteDeref { cell: CellIdx(2) },
            Instruction::LoadClosure { cell: CellIdx(2) },
            Instruction::LoadClassDeref { cell: CellIdx(2) },
            Instruction::LoadAttr { name: NameIdx(1) },
            Instruction::StoreAttr { name: NameIdx(1) },
            Instruction::DeleteAttr { name: NameIdx(1) },
            Instruction::LoadMethod { name: NameIdx(1) },
            Instruction::UnaryPositive,
            Instruction::UnaryNegative,
            Instruction::UnaryNot,
            Instruction::UnaryInvert,
            Instruction::BinaryOp {
                op: BinaryOperator::InplaceXor,
            },
            Instruction::CompareOp {
                op: ComparisonOperator::GreaterEqual,
            },
            Instruction::IsOp { invert: true },
            Instruction::ContainsOp { invert: true },
            Instruction::BinarySubscr,
            Instruction::StoreSubscr,
            Instruction::DeleteSubscr,
            Instruction::BuildSlice { count: 300 },
            Instruction::BuildTuple { count: 300 },
            Instruction::BuildList { count: 300 },
            Instruction::BuildSet { count: 300 },
            Instruction::BuildMap { count: 300 },
            Instruction::BuildString { count: 300 },
            Instruction::BuildConstKeyMap { count: 300 },
            Instruction::ListAppend { depth: 300 },
            Instruction::SetAdd { depth: 300 },
            Instruction::MapAdd { depth: 300 },
            Instruction::ListExtend { depth: 300 },
            Instruction::SetUpdate { depth: 300 },
            Instruction::DictUpdate { depth: 300 },
            Instruction::DictMerge { depth: 300 },
            Instruction::ListToTuple,
            Instruction::UnpackSequence { count: 300 },
            Instruction::UnpackEx {
                before: 7,
                after: 300,
            },
            Instruction::JumpForward {
                target: Label(u32::MAX),
            },
            Instruction::JumpBackward {
                target: Label(u32::MAX),
            },
            Instruction::PopJumpIfFalse {
                target: Label(u32::MAX),
            },
            Instruction::PopJumpIfTrue {
                target: Label(u32::MAX),
            },
            Instruction::PopJumpIfNone {
                target: Label(u32::MAX),
            },
            Instruction::PopJumpIfNotNone {
                target: Label(u32::MAX),
            },
            Instruction::JumpIfTrueOrPop {
                target: Label(u32::MAX),
            },
            Instruction::JumpIfFalseOrPop {
                target: Label(u32::MAX),
            },
            Instruction::GetIter,
            Instruction::GetYieldFromIter,
            Instruction::ForIter {
                target: Label(u32::MAX),
            },
            Instruction::ReturnValue,
            Instruction::Call { argc: 300 },
            Instruction::CallKw {
                argc: 513,
                kw_names: ConstIdx(70000),
            },
            Instruction::CallFunctionEx { has_kwargs: true },
            Instruction::MakeFunction {
                flags: MakeFunctionFlags::all(),
            },
            Instruction::LoadBuildClass,
            Instruction::RaiseVarargs { count: 300 },
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
            Instruction::Send {
                target: Label(u32::MAX),
            },
            Instruction::GetAwaitable { kind: 7 },
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
                conversion: Conversion::Ascii,
                has_spec: true,
            },
            Instruction::MatchClass { count: 300 },
            Instruction::MatchKeys,
            Instruction::MatchMapping,
            Instruction::MatchSequence,
            Instruction::GetLen,
            Instruction::LoadFastLoadFast {
                first: 300,
                second: 65_535,
            },
            Instruction::LoadFastLoadConst {
                local: 1,
                value: 300,
            },
        ]
    }

    #[test]
    fn every_opcode_has_one_instruction() {
        let mut opcodes: Vec<u8> = samples().iter().map(opcode).collect();
        opcodes.sort_unstable();
        let expected: Vec<u8> = (1..=LAST_OPCODE).collect();
        assert_eq!(opcodes, expected);
    }

    #[test]
    fn instructions_round_trip() {
        let mut writer = Writer::default();
        for instruction in samples() {
            write_instruction(&mut writer, &instruction);
        }
        let bytes = writer.finish();
        let mut reader = Reader::new(&bytes);
        for instruction in samples() {
            assert_eq!(read_instruction(&mut reader), Ok(instruction));
        }
        assert!(reader.is_at_end());
    }

    #[test]
    fn bad_opcodes_and_operands_are_errors() {
        let message = |bytes: &[u8]| {
            let mut reader = Reader::new(bytes);
            read_instruction(&mut reader).unwrap_err().to_string()
        };
        assert_eq!(message(&[0]), "unknown opcode 0 at byte 0");
        assert_eq!(
            message(&[LAST_OPCODE + 1]),
            format!("unknown opcode {} at byte 0", LAST_OPCODE + 1)
        );
        let binary_op = opcode(&Instruction::BinaryOp {
            op: BinaryOperator::Add,
        });
        assert_eq!(
            message(&[binary_op, 26]),
            "invalid BINARY_OP operator 26 at byte 1"
        );
        let is_op = opcode(&Instruction::IsOp { invert: false });
        assert_eq!(
            message(&[is_op, 2]),
            "invalid boolean 2 in operand at byte 1"
        );
        let make_function = opcode(&Instruction::MakeFunction {
            flags: MakeFunctionFlags::empty(),
        });
        assert_eq!(
            message(&[make_function, 0x10]),
            "invalid MAKE_FUNCTION flags 16 at byte 1"
        );
        let call_kw = opcode(&Instruction::CallKw {
            argc: 0,
            kw_names: ConstIdx(0),
        });
        assert_eq!(
            message(&[call_kw, 0x80, 0x80, 0x04]),
            "operand 65536 too large (at most 65535) at byte 1"
        );
    }
}
