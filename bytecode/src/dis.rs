//! The disassembler: code objects as text, in the layout of CPython 3.11's
//! `python3 -m dis` (`dis.dis`); [`disassemble`] describes the layout.

use std::collections::HashMap;
use std::fmt::Write;
use std::sync::Arc;

use crate::code::CodeObject;
use crate::constant::Constant;
use crate::instruction::Instruction;

/// `dis`'s `_OPNAME_WIDTH`.
const OPNAME_WIDTH: usize = 20;
/// `dis`'s `_OPARG_WIDTH`.
const OPARG_WIDTH: usize = 5;

/// Disassembles `code` and, after it, every code object in its constants,
/// as `python3 -m dis` prints a module.
///
/// Each instruction is one line of columns: the source line where a new
/// line starts, `>>` on jump and handler targets, the offset, the opcode
/// name padded to 20 characters, the argument right-aligned in 5, and the
/// resolved argument in parentheses. A blank line separates source lines,
/// an `ExceptionTable:` section follows the code when it has handlers, and
/// nested code objects follow their parent, depth first, each under
/// `Disassembly of <code object …>:`, as `dis._disassemble_recursive` does.
///
/// pyvm differs from CPython where its instructions do:
///
/// - offsets are instruction indices, not byte offsets: pyvm has no 2-byte
///   code units and no inline caches, so `(to 12)` is the 13th instruction
///   and the exception table's ranges count instructions too;
/// - a jump's argument is its absolute target, so it repeats in
///   `(to N)`;
/// - `LOAD_GLOBAL`'s argument is CPython's `name << 1 | push_null`, with
///   `(NULL + name)` when the NULL is pushed; `UNPACK_EX`'s is
///   `before | after << 8` and `FORMAT_VALUE`'s `conversion | has_spec << 2`,
///   as in CPython;
/// - `CALL_KW`'s argument is the argument count, and it shows the keyword
///   names: `CALL_KW 3 (sep, end)`;
/// - a code object's address (`at 0x…`) is a number given in the order the
///   disassembly shows the objects (the top level is 0, its first nested
///   code object 1, …), so the output is the same on every run.
///
/// An index out of range (in code not [verified](crate::verify)) shows no
/// resolved argument rather than failing.
///
/// ```
/// use pyvm_bytecode::{disassemble, CodeObject, ConstIdx, Constant, Instruction, Location};
///
/// let mut code = CodeObject::new("<module>", "x.py", 1);
/// code.consts = vec![Constant::None];
/// code.instructions = vec![Instruction::LoadConst { value: ConstIdx(0) }, Instruction::ReturnValue];
/// code.locations = vec![Location::line(1); 2].into();
/// assert_eq!(
///     disassemble(&code),
///     "  1           0 LOAD_CONST               0 (None)\n              1 RETURN_VALUE\n"
/// );
/// ```
pub fn disassemble(code: &CodeObject) -> String {
    let mut ids = CodeIds::default();
    ids.number(code);
    let mut out = String::new();
    disassemble_recursive(code, &ids, &mut out);
    out
}

/// One instruction of `code` as `disassemble` shows it, without the line
/// number column (for a trace of execution). Panics if `index` is not an
/// instruction of `code`.
pub fn disassemble_instruction(code: &CodeObject, index: usize) -> String {
    let mut ids = CodeIds::default();
    ids.number(code);
    let labels = jump_targets(code);
    let offset_width = offset_width(code);
    format_instruction(code, index, &ids, &labels, None, offset_width)
}

/// Numbers for the code objects nested in a disassembled one, keyed by
/// their allocation.
#[derive(Default)]
struct CodeIds {
    ids: HashMap<usize, usize>,
}

impl CodeIds {
    /// Numbers the code objects in `code`'s constants depth first, in the
    /// order their disassemblies are printed.
    fn number(&mut self, code: &CodeObject) {
        for constant in &code.consts {
            self.number_constant(constant);
        }
    }

    fn number_constant(&mut self, constant: &Constant) {
        match constant {
            Constant::Code(nested) => {
                let next = self.ids.len() + 1;
                let key = Arc::as_ptr(nested) as usize;
                if let std::collections::hash_map::Entry::Vacant(slot) = self.ids.entry(key) {
                    slot.insert(next);
                    self.number(nested);
                }
            }
            Constant::Tuple(items) | Constant::FrozenSet(items) => {
                for item in items {
                    self.number_constant(item);
                }
            }
            _ => {}
        }
    }

    /// The repr of a nested code object, with its number as address.
    fn repr(&self, code: &Arc<CodeObject>) -> String {
        let id = self
            .ids
            .get(&(Arc::as_ptr(code) as usize))
            .copied()
            .unwrap_or(0);
        code.repr_with_id(id)
    }
}

/// `dis._disassemble_recursive`.
fn disassemble_recursive(code: &CodeObject, ids: &CodeIds, out: &mut String) {
    disassemble_one(code, ids, out);
    for constant in &code.consts {
        if let Constant::Code(nested) = constant {
            out.push('\n');
            let _ = writeln!(out, "Disassembly of {}:", ids.repr(nested));
            disassemble_recursive(nested, ids, out);
        }
    }
}

/// `dis._disassemble_bytes` for one code object.
fn disassemble_one(code: &CodeObject, ids: &CodeIds, out: &mut String) {
    let line_starts = line_starts(code);
    let max_line = line_starts.iter().flatten().max().copied();
    let lineno_width = match max_line {
        None => None,
        Some(line) if line >= 1000 => Some(line.to_string().len()),
        Some(_) => Some(3),
    };
    let labels = jump_targets(code);
    let offset_width = offset_width(code);
    for (index, &starts_line) in line_starts.iter().enumerate() {
        let lineno = lineno_width.map(|width| match starts_line {
            Some(line) => format!("{line:>width$}"),
            None => " ".repeat(width),
        });
        if lineno_width.is_some() && starts_line.is_some() && index > 0 {
            out.push('\n');
        }
        out.push_str(&format_instruction(
            code,
            index,
            ids,
            &labels,
            lineno,
            offset_width,
        ));
        out.push('\n');
    }
    if !code.exception_table.is_empty() {
        out.push_str("ExceptionTable:\n");
        for entry in &code.exception_table {
            let lasti = if entry.lasti { " lasti" } else { "" };
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]{lasti}",
                entry.start,
                entry.end.saturating_sub(1),
                entry.target,
                entry.depth
            );
        }
    }
}

/// `Instruction._disassemble`: the columns of one line, right-trimmed.
fn format_instruction(
    code: &CodeObject,
    index: usize,
    ids: &CodeIds,
    labels: &[bool],
    lineno: Option<String>,
    offset_width: usize,
) -> String {
    let instruction = &code.instructions[index];
    let mut fields: Vec<String> = Vec::with_capacity(6);
    if let Some(lineno) = lineno {
        fields.push(lineno);
    }
    // The "current instruction" marker column, never set here.
    fields.push("   ".to_owned());
    fields.push(if labels[index] { ">>" } else { "  " }.to_owned());
    fields.push(format!("{index:>offset_width$}"));
    fields.push(format!("{:<OPNAME_WIDTH$}", instruction.name()));
    if let Some((arg, argrepr)) = argument(code, instruction, ids) {
        fields.push(format!("{arg:>OPARG_WIDTH$}"));
        if !argrepr.is_empty() {
            fields.push(format!("({argrepr})"));
        }
    }
    fields.join(" ").trim_end().to_owned()
}

/// For each instruction, the line it starts, as `dis.findlinestarts`: the
/// line of an instruction whose line differs from the last known one.
fn line_starts(code: &CodeObject) -> Vec<Option<u32>> {
    let mut last = None;
    (0..code.instructions.len())
        .map(|index| {
            let line = code.locations.get(index).and_then(|location| location.line);
            if line.is_some() && line != last {
                last = line;
                line
            } else {
                None
            }
        })
        .collect()
}

/// Which instructions are jump or exception handler targets.
fn jump_targets(code: &CodeObject) -> Vec<bool> {
    let mut labels = vec![false; code.instructions.len()];
    let mut mark = |target: usize| {
        if let Some(label) = labels.get_mut(target) {
            *label = true;
        }
    };
    for instruction in &code.instructions {
        if let Some(target) = instruction.jump_target() {
            mark(target.index());
        }
    }
    for entry in &code.exception_table {
        if entry.start < entry.end {
            mark(entry.target.index());
        }
    }
    labels
}

/// The width of the offset column: 4, or more for 10,000 instructions and
/// up.
fn offset_width(code: &CodeObject) -> usize {
    let max_offset = code.instructions.len().saturating_sub(1);
    if max_offset >= 10000 {
        max_offset.to_string().len()
    } else {
        4
    }
}

/// The argument column and the resolved argument of an instruction, or
/// `None` for an instruction without operands.
fn argument(code: &CodeObject, instruction: &Instruction, ids: &CodeIds) -> Option<(u64, String)> {
    let name = |index: u32| {
        code.names
            .get(index as usize)
            .map(|name| name.to_string())
            .unwrap_or_default()
    };
    let plain = |value: u32| Some((u64::from(value), String::new()));
    let flag = |value: bool| Some((u64::from(value), String::new()));
    match *instruction {
        Instruction::LoadConst { value } => {
            let repr = code
                .consts
                .get(value.index())
                .map(|constant| constant.repr_with(&|code| ids.repr(code)))
                .unwrap_or_default();
            Some((u64::from(value.0), repr))
        }
        Instruction::LoadName { name: index }
        | Instruction::StoreName { name: index }
        | Instruction::DeleteName { name: index }
        | Instruction::StoreGlobal { name: index }
        | Instruction::DeleteGlobal { name: index }
        | Instruction::LoadAttr { name: index }
        | Instruction::StoreAttr { name: index }
        | Instruction::DeleteAttr { name: index }
        | Instruction::LoadMethod { name: index }
        | Instruction::ImportName { name: index }
        | Instruction::ImportFrom { name: index } => Some((u64::from(index.0), name(index.0))),
        Instruction::LoadGlobal {
            name: index,
            push_null,
        } => {
            let mut repr = name(index.0);
            if push_null && !repr.is_empty() {
                repr = format!("NULL + {repr}");
            }
            Some((u64::from(index.0) << 1 | u64::from(push_null), repr))
        }
        Instruction::LoadFast { local }
        | Instruction::StoreFast { local }
        | Instruction::DeleteFast { local } => {
            let repr = code
                .varnames
                .get(local.index())
                .map(|name| name.to_string())
                .unwrap_or_default();
            Some((u64::from(local.0), repr))
        }
        // As CPython's adaptive disassembly shows a superinstruction: the
        // first of its pair's argument.
        Instruction::LoadFastLoadFast { first: local, .. }
        | Instruction::LoadFastLoadConst { local, .. } => {
            let repr = code
                .varnames
                .get(usize::from(local))
                .map(|name| name.to_string())
                .unwrap_or_default();
            Some((u64::from(local), repr))
        }
        Instruction::LoadDeref { cell }
        | Instruction::StoreDeref { cell }
        | Instruction::DeleteDeref { cell }
        | Instruction::LoadClosure { cell }
        | Instruction::LoadClassDeref { cell } => {
            let repr = code.cell_name(cell).unwrap_or_default().to_owned();
            Some((u64::from(cell.0), repr))
        }
        Instruction::BinaryOp { op } => Some((u64::from(op.number()), op.symbol().to_owned())),
        Instruction::CompareOp { op } => Some((u64::from(op.number()), op.symbol().to_owned())),
        Instruction::JumpForward { target }
        | Instruction::JumpBackward { target }
        | Instruction::PopJumpIfFalse { target }
        | Instruction::PopJumpIfTrue { target }
        | Instruction::PopJumpIfNone { target }
        | Instruction::PopJumpIfNotNone { target }
        | Instruction::JumpIfTrueOrPop { target }
        | Instruction::JumpIfFalseOrPop { target }
        | Instruction::ForIter { target }
        | Instruction::Send { target } => Some((u64::from(target.0), format!("to {target}"))),
        Instruction::CallKw { argc, kw_names } => {
            let repr = match code.consts.get(kw_names.index()) {
                Some(Constant::Tuple(names)) => {
                    let names: Vec<String> = names
                        .iter()
                        .map(|name| match name {
                            Constant::Str(text) => text.clone(),
                            other => other.repr(),
                        })
                        .collect();
                    if names.is_empty() {
                        "()".to_owned()
                    } else {
                        names.join(", ")
                    }
                }
                _ => String::new(),
            };
            Some((u64::from(argc), repr))
        }
        Instruction::MakeFunction { flags } => Some((u64::from(flags.bits()), flags.describe())),
        Instruction::FormatValue {
            conversion,
            has_spec,
        } => {
            let mut repr = conversion.name().to_owned();
            if has_spec {
                if !repr.is_empty() {
                    repr.push_str(", ");
                }
                repr.push_str("with format");
            }
            Some((
                u64::from(conversion.number()) | u64::from(has_spec) << 2,
                repr,
            ))
        }
        Instruction::UnpackEx { before, after } => {
            Some((u64::from(before) | u64::from(after) << 8, String::new()))
        }
        Instruction::Copy { depth: value }
        | Instruction::Swap { depth: value }
        | Instruction::BuildSlice { count: value }
        | Instruction::BuildTuple { count: value }
        | Instruction::BuildList { count: value }
        | Instruction::BuildSet { count: value }
        | Instruction::BuildMap { count: value }
        | Instruction::BuildString { count: value }
        | Instruction::BuildConstKeyMap { count: value }
        | Instruction::ListAppend { depth: value }
        | Instruction::SetAdd { depth: value }
        | Instruction::MapAdd { depth: value }
        | Instruction::ListExtend { depth: value }
        | Instruction::SetUpdate { depth: value }
        | Instruction::DictUpdate { depth: value }
        | Instruction::DictMerge { depth: value }
        | Instruction::UnpackSequence { count: value }
        | Instruction::Call { argc: value }
        | Instruction::RaiseVarargs { count: value }
        | Instruction::MatchClass { count: value } => plain(value),
        Instruction::GetAwaitable { kind } => plain(u32::from(kind)),
        Instruction::IsOp { invert } | Instruction::ContainsOp { invert } => flag(invert),
        Instruction::CallFunctionEx { has_kwargs } => flag(has_kwargs),
        Instruction::Reraise { depth } => plain(depth),
        Instruction::Nop
        | Instruction::PopTop
        | Instruction::PushNull
        | Instruction::UnaryPositive
        | Instruction::UnaryNegative
        | Instruction::UnaryNot
        | Instruction::UnaryInvert
        | Instruction::BinarySubscr
        | Instruction::StoreSubscr
        | Instruction::DeleteSubscr
        | Instruction::ListToTuple
        | Instruction::GetIter
        | Instruction::GetYieldFromIter
        | Instruction::ReturnValue
        | Instruction::LoadBuildClass
        | Instruction::PushExcInfo
        | Instruction::PopExcept
        | Instruction::CheckExcMatch
        | Instruction::CheckEgMatch
        | Instruction::PrepReraiseStar
        | Instruction::WithExceptStart
        | Instruction::BeforeWith
        | Instruction::BeforeAsyncWith
        | Instruction::LoadAssertionError
        | Instruction::YieldValue
        | Instruction::GetAiter
        | Instruction::GetAnext
        | Instruction::EndAsyncFor
        | Instruction::AsyncGenWrap
        | Instruction::ImportStar
        | Instruction::SetupAnnotations
        | Instruction::PrintExpr
        | Instruction::MatchKeys
        | Instruction::MatchMapping
        | Instruction::MatchSequence
        | Instruction::GetLen => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::code::Location;
    use crate::operand::{ConstIdx, Label, NameIdx};

    fn module(instructions: Vec<Instruction>, locations: Vec<Location>) -> CodeObject {
        let mut code = CodeObject::new("<module>", "m.py", 1);
        code.consts = vec![Constant::None];
        code.names = vec!["print".into()];
        code.instructions = instructions;
        code.locations = locations.into();
        code
    }

    #[test]
    fn no_line_column_without_line_numbers() {
        let code = module(
            vec![
                Instruction::LoadConst { value: ConstIdx(0) },
                Instruction::ReturnValue,
            ],
            vec![Location::NONE; 2],
        );
        assert_eq!(
            disassemble(&code),
            "          0 LOAD_CONST               0 (None)\n          1 RETURN_VALUE\n"
        );
    }

    #[test]
    fn wide_line_numbers_widen_the_column() {
        let code = module(
            vec![
                Instruction::LoadGlobal {
                    name: NameIdx(0),
                    push_null: true,
                },
                Instruction::ReturnValue,
            ],
            vec![Location::line(1234), Location::NONE],
        );
        assert_eq!(
            disassemble(&code),
            "1234           0 LOAD_GLOBAL              1 (NULL + print)\n               1 RETURN_VALUE\n"
        );
    }

    #[test]
    fn a_line_after_an_unknown_one_starts_only_if_it_changes() {
        let code = module(
            vec![
                Instruction::Nop,
                Instruction::Nop,
                Instruction::Nop,
                Instruction::ReturnValue,
            ],
            vec![
                Location::line(2),
                Location::NONE,
                Location::line(2),
                Location::line(3),
            ],
        );
        let text = disassemble(&code);
        assert_eq!(
            text,
            "  2           0 NOP\n              1 NOP\n              2 NOP\n\n  3           3 RETURN_VALUE\n"
        );
    }

    #[test]
    fn bad_indices_show_no_resolved_argument() {
        let code = module(
            vec![
                Instruction::LoadConst { value: ConstIdx(9) },
                Instruction::JumpForward { target: Label(99) },
            ],
            vec![],
        );
        assert_eq!(
            disassemble(&code),
            "          0 LOAD_CONST               9\n          1 JUMP_FORWARD            99 (to 99)\n"
        );
    }

    #[test]
    fn one_instruction_for_a_trace() {
        let code = module(
            vec![
                Instruction::JumpForward { target: Label(1) },
                Instruction::ReturnValue,
            ],
            vec![Location::line(1); 2],
        );
        assert_eq!(
            disassemble_instruction(&code, 1),
            "    >>    1 RETURN_VALUE"
        );
    }
}
