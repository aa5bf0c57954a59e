//! The verifier: checks that a code object is well formed — every index,
//! jump, handler and stack depth in range — so a malformed bytecode file is
//! an error rather than a crash. [`verify`] lists the checks; the types of
//! values on the stack are left to the VM.

use std::fmt;

use crate::code::{CodeFlags, CodeObject};
use crate::constant::Constant;
use crate::exception_table::{check_exception_table, ExceptionTableProblem};
use crate::instruction::Instruction;
use crate::operand::MakeFunctionFlags;
use crate::stack_depth::{max_stack_depth, StackDepthError, MAX_STACK_DEPTH};

/// Why a code object is not safe to run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerifyError {
    /// What is wrong.
    pub kind: VerifyErrorKind,
    /// The code object at fault, as [`CodeObject::describe`] names it.
    pub code: String,
    /// The instruction at fault, when there is one.
    pub instruction: Option<u32>,
}

/// What is wrong with a code object.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VerifyErrorKind {
    /// A `Send` not followed by its `YieldValue` (the pair marks a
    /// delegating yield).
    SendWithoutYield,
    /// `flags` has bits CPython does not define.
    UnknownFlags {
        /// The unknown bits.
        bits: u32,
    },
    /// More than one of `GENERATOR`, `COROUTINE`, `ASYNC_GENERATOR`.
    ConflictingFlags,
    /// More positional-only arguments than positional ones.
    PosOnlyArgs {
        /// `posonlyargcount`.
        posonlyargcount: u32,
        /// `argcount`.
        argcount: u32,
    },
    /// The arguments do not fit in the locals.
    TooFewLocals {
        /// Arguments, counting `*args` and `**kwargs`.
        args: u64,
        /// `varnames.len()`.
        nlocals: usize,
    },
    /// No instructions at all.
    NoInstructions,
    /// `locations` and `instructions` differ in length.
    LocationCount {
        /// `locations.len()`.
        locations: usize,
        /// `instructions.len()`.
        instructions: usize,
    },
    /// A constant index out of range.
    ConstIndex {
        /// The index.
        index: u32,
        /// `consts.len()`.
        len: usize,
    },
    /// A name index out of range.
    NameIndex {
        /// The index.
        index: u32,
        /// `names.len()`.
        len: usize,
    },
    /// A local index out of range.
    LocalIndex {
        /// The index.
        index: u32,
        /// `varnames.len()`.
        len: usize,
    },
    /// A cell index out of range.
    CellIndex {
        /// The index.
        index: u32,
        /// `cellvars.len() + freevars.len()`.
        len: usize,
    },
    /// A jump to no instruction.
    JumpTarget {
        /// The target.
        target: u32,
        /// `instructions.len()`.
        len: usize,
    },
    /// A jump in the wrong direction for its instruction.
    JumpDirection {
        /// The instruction's name.
        name: &'static str,
        /// The target.
        target: u32,
    },
    /// An operand outside the range the instruction accepts.
    BadOperand {
        /// The instruction's name.
        name: &'static str,
        /// The operand.
        value: u32,
        /// What is accepted.
        expected: &'static str,
    },
    /// `CallKw`'s keyword names constant is not a tuple of `str`.
    KwNames {
        /// The constant's index.
        index: u32,
    },
    /// `CallKw` names more keywords than it has arguments.
    TooManyKwNames {
        /// Keyword names.
        names: usize,
        /// `argc`.
        argc: u16,
    },
    /// The last instruction continues to the next one, which does not
    /// exist.
    FallsThrough {
        /// Its name.
        name: &'static str,
    },
    /// A malformed exception table entry.
    ExceptionTable {
        /// Which entry.
        entry: usize,
        /// What is wrong.
        problem: ExceptionTableProblem,
    },
    /// The stack depth analysis failed.
    StackDepth(StackDepthError),
    /// The stack gets deeper than `max_stack_depth` says.
    StackTooSmall {
        /// The computed depth.
        computed: u32,
        /// `max_stack_depth`.
        declared: u32,
    },
    /// `max_stack_depth` is larger than [`MAX_STACK_DEPTH`].
    StackTooLarge {
        /// `max_stack_depth`.
        declared: u32,
    },
    /// A [specialized instruction](crate::instruction#specialized-instructions),
    /// which only a VM makes, in its own copy of the code.
    Specialized {
        /// The instruction's name.
        name: &'static str,
    },
}

impl fmt::Display for VerifyErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            VerifyErrorKind::SendWithoutYield => write!(f, "SEND not followed by YIELD_VALUE"),
            VerifyErrorKind::UnknownFlags { bits } => write!(f, "unknown code flags {bits:#x}"),
            VerifyErrorKind::ConflictingFlags => write!(
                f,
                "flags mark the code as more than one of generator, coroutine and async generator"
            ),
            VerifyErrorKind::PosOnlyArgs {
                posonlyargcount,
                argcount,
            } => write!(
                f,
                "posonlyargcount {posonlyargcount} exceeds argcount {argcount}"
            ),
            VerifyErrorKind::TooFewLocals { args, nlocals } => {
                write!(
                    f,
                    "{args} arguments do not fit in {nlocals} local variables"
                )
            }
            VerifyErrorKind::NoInstructions => write!(f, "code object has no instructions"),
            VerifyErrorKind::LocationCount {
                locations,
                instructions,
            } => write!(f, "{locations} locations for {instructions} instructions"),
            VerifyErrorKind::ConstIndex { index, len } => {
                write!(f, "constant index {index} out of range ({len} constants)")
            }
            VerifyErrorKind::NameIndex { index, len } => {
                write!(f, "name index {index} out of range ({len} names)")
            }
            VerifyErrorKind::LocalIndex { index, len } => {
                write!(
                    f,
                    "local variable index {index} out of range ({len} local variables)"
                )
            }
            VerifyErrorKind::CellIndex { index, len } => write!(
                f,
                "cell index {index} out of range ({len} cell and free variables)"
            ),
            VerifyErrorKind::JumpTarget { target, len } => {
                write!(f, "jump target {target} out of range ({len} instructions)")
            }
            VerifyErrorKind::JumpDirection { name, target } => {
                if *name == "JUMP_BACKWARD" {
                    write!(f, "{name} target {target} is after the instruction")
                } else {
                    write!(f, "{name} target {target} is not after the instruction")
                }
            }
            VerifyErrorKind::BadOperand {
                name,
                value,
                expected,
            } => write!(f, "{name} operand {value} is invalid (expected {expected})"),
            VerifyErrorKind::Specialized { name } => {
                write!(
                    f,
                    "{name} is a specialized instruction, made only by the VM"
                )
            }
            VerifyErrorKind::KwNames { index } => write!(
                f,
                "CALL_KW keyword names (constant {index}) are not a tuple of str"
            ),
            VerifyErrorKind::TooManyKwNames { names, argc } => write!(
                f,
                "CALL_KW has {names} keyword names but only {argc} arguments"
            ),
            VerifyErrorKind::FallsThrough { name } => {
                write!(f, "the last instruction, {name}, does not end the code")
            }
            VerifyErrorKind::ExceptionTable { entry, problem } => {
                write!(f, "exception table entry {entry}: {problem}")
            }
            VerifyErrorKind::StackDepth(error) => write!(f, "{error}"),
            VerifyErrorKind::StackTooSmall { computed, declared } => {
                write!(
                    f,
                    "stack depth {computed} exceeds declared maximum {declared}"
                )
            }
            VerifyErrorKind::StackTooLarge { declared } => write!(
                f,
                "declared maximum stack depth {declared} exceeds the limit {MAX_STACK_DEPTH}"
            ),
        }
    }
}

impl fmt::Display for VerifyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.instruction {
            Some(index) => write!(f, "{} in instruction {index} of {}", self.kind, self.code),
            None => write!(f, "{} in {}", self.kind, self.code),
        }
    }
}

impl std::error::Error for VerifyError {}

/// Checks that `code` and every code object nested in its constants are
/// safe for the VM to run without further checks.
///
/// For each code object, and every code object nested in its constants:
///
/// - the flags are known, mark at most one of generator, coroutine and
///   async generator, and the argument counts fit the locals;
/// - there are instructions, one location per instruction, and the last
///   instruction does not fall through;
/// - every constant, name, local and cell index is in range;
/// - every jump target is an instruction; `JumpForward` and the branches
///   jump forward and `JumpBackward` backward (or to itself), so every
///   loop passes through a `JumpBackward`, the VM's safepoint;
/// - every `Send` is followed by a `YieldValue` (see
///   [`Instruction::YieldValue`]);
/// - operands are in the range CPython's interpreter accepts (`Copy` ≥ 1,
///   `Swap` ≥ 2, `BuildSlice` 2 or 3, `RaiseVarargs` ≤ 2, …), and
///   `CallKw`'s keyword names are a tuple of at most `argc` strings;
/// - the exception table is sorted, disjoint and in range;
/// - the stack depth analysis of [`max_stack_depth`] passes and its result
///   is within the declared `max_stack_depth`, itself at most
///   [`MAX_STACK_DEPTH`].
///
/// What it cannot check statically, the VM checks as it runs: the types of
/// stack values (that `MakeFunction` finds a code object, `CallKw` a
/// callable), and that names exist at run time.
///
/// ```
/// use pyvm_bytecode::{verify, CodeObject, ConstIdx, Constant, Instruction, Location};
///
/// let mut code = CodeObject::new("<module>", "x.py", 1);
/// code.consts = vec![Constant::None];
/// code.instructions = vec![Instruction::LoadConst { value: ConstIdx(0) }, Instruction::ReturnValue];
/// code.locations = vec![Location::line(1); 2].into();
/// code.max_stack_depth = 1;
/// assert!(verify(&code).is_ok());
///
/// code.instructions[0] = Instruction::LoadConst { value: ConstIdx(3) };
/// assert_eq!(
///     verify(&code).unwrap_err().to_string(),
///     "constant index 3 out of range (1 constants) in instruction 0 of \
///      <code object <module>, file \"x.py\", line 1>"
/// );
/// ```
pub fn verify(code: &CodeObject) -> Result<(), VerifyError> {
    // An explicit stack instead of recursion: a code object built in Rust
    // may nest arbitrarily deep.
    let mut pending = vec![code];
    let mut constants: Vec<&Constant> = Vec::new();
    while let Some(code) = pending.pop() {
        verify_without_nested(code)?;
        constants.extend(code.consts.iter());
        while let Some(constant) = constants.pop() {
            match constant {
                Constant::Code(nested) => pending.push(nested),
                Constant::Tuple(items) | Constant::FrozenSet(items) => constants.extend(items),
                _ => {}
            }
        }
    }
    Ok(())
}

/// Verifies `code` but not the code objects nested in it: the loader
/// verifies each as it reads it.
pub(crate) fn verify_without_nested(code: &CodeObject) -> Result<(), VerifyError> {
    verify_one(code).map_err(|(kind, instruction)| VerifyError {
        kind,
        code: code.describe(),
        instruction,
    })
}

/// A problem and the instruction it is in, if any.
type Problem = (VerifyErrorKind, Option<u32>);

/// Verifies one code object, not its nested ones.
fn verify_one(code: &CodeObject) -> Result<(), Problem> {
    check_header(code).map_err(|kind| (kind, None))?;
    let len = code.instructions.len();
    if len == 0 {
        return Err((VerifyErrorKind::NoInstructions, None));
    }
    if code.locations.len() != len {
        return Err((
            VerifyErrorKind::LocationCount {
                locations: code.locations.len(),
                instructions: len,
            },
            None,
        ));
    }
    check_exception_table(&code.exception_table, len)
        .map_err(|(entry, problem)| (VerifyErrorKind::ExceptionTable { entry, problem }, None))?;
    for (index, instruction) in code.instructions.iter().enumerate() {
        let at = index as u32;
        check_operands(code, at, instruction).map_err(|kind| (kind, Some(at)))?;
    }
    let last = &code.instructions[len - 1];
    if last.falls_through() {
        return Err((
            VerifyErrorKind::FallsThrough { name: last.name() },
            Some(len as u32 - 1),
        ));
    }
    if code.max_stack_depth > MAX_STACK_DEPTH {
        return Err((
            VerifyErrorKind::StackTooLarge {
                declared: code.max_stack_depth,
            },
            None,
        ));
    }
    let computed = max_stack_depth(&code.instructions, &code.exception_table)
        .map_err(|error| (VerifyErrorKind::StackDepth(error), None))?;
    if computed > code.max_stack_depth {
        return Err((
            VerifyErrorKind::StackTooSmall {
                computed,
                declared: code.max_stack_depth,
            },
            None,
        ));
    }
    Ok(())
}

/// Checks the flags and argument counts.
fn check_header(code: &CodeObject) -> Result<(), VerifyErrorKind> {
    let unknown = code.flags.bits() & !CodeFlags::all().bits();
    if unknown != 0 {
        return Err(VerifyErrorKind::UnknownFlags { bits: unknown });
    }
    let kinds = [
        CodeFlags::GENERATOR,
        CodeFlags::COROUTINE,
        CodeFlags::ASYNC_GENERATOR,
    ];
    if kinds
        .iter()
        .filter(|kind| code.flags.contains(**kind))
        .count()
        > 1
    {
        return Err(VerifyErrorKind::ConflictingFlags);
    }
    if code.posonlyargcount > code.argcount {
        return Err(VerifyErrorKind::PosOnlyArgs {
            posonlyargcount: code.posonlyargcount,
            argcount: code.argcount,
        });
    }
    if code.total_args() > code.nlocals() as u64 {
        return Err(VerifyErrorKind::TooFewLocals {
            args: code.total_args(),
            nlocals: code.nlocals(),
        });
    }
    Ok(())
}

/// Checks a jump at `index` to `target`: an instruction, forward except for
/// `JumpBackward` (which may also jump to itself), and a `Send` followed by
/// its `YieldValue`.
fn check_jump_instruction(
    code: &CodeObject,
    index: u32,
    instruction: &Instruction,
    target: u32,
) -> Result<(), VerifyErrorKind> {
    if matches!(instruction, Instruction::Send { .. })
        && code.instructions.get(index as usize + 1) != Some(&Instruction::YieldValue)
    {
        return Err(VerifyErrorKind::SendWithoutYield);
    }
    check_jump(code, target)?;
    let backward = matches!(instruction, Instruction::JumpBackward { .. });
    if backward != (target <= index) {
        return Err(VerifyErrorKind::JumpDirection {
            name: instruction.name(),
            target,
        });
    }
    Ok(())
}

/// Checks the operands of the instruction at `index`.
fn check_operands(
    code: &CodeObject,
    index: u32,
    instruction: &Instruction,
) -> Result<(), VerifyErrorKind> {
    let name = instruction.name();
    let bad = |value: u32, expected| VerifyErrorKind::BadOperand {
        name,
        value,
        expected,
    };
    if let Some(target) = instruction.jump_target() {
        return check_jump_instruction(code, index, instruction, target.0);
    }
    if instruction.is_specialized() {
        return Err(VerifyErrorKind::Specialized { name });
    }
    match *instruction {
        Instruction::LoadConst { value } => check_const(code, value.0),
        Instruction::LoadName { name }
        | Instruction::StoreName { name }
        | Instruction::DeleteName { name }
        | Instruction::LoadGlobal { name, .. }
        | Instruction::StoreGlobal { name }
        | Instruction::DeleteGlobal { name }
        | Instruction::LoadAttr { name }
        | Instruction::StoreAttr { name }
        | Instruction::DeleteAttr { name }
        | Instruction::LoadMethod { name }
        | Instruction::ImportName { name }
        | Instruction::ImportFrom { name } => {
            check_index(name.0, code.names.len(), |index, len| {
                VerifyErrorKind::NameIndex { index, len }
            })
        }
        Instruction::LoadFast { local }
        | Instruction::StoreFast { local }
        | Instruction::DeleteFast { local } => {
            check_index(local.0, code.varnames.len(), |index, len| {
                VerifyErrorKind::LocalIndex { index, len }
            })
        }
        Instruction::LoadDeref { cell }
        | Instruction::StoreDeref { cell }
        | Instruction::DeleteDeref { cell }
        | Instruction::LoadClosure { cell }
        | Instruction::LoadClassDeref { cell } => {
            check_index(cell.0, code.ncells(), |index, len| {
                VerifyErrorKind::CellIndex { index, len }
            })
        }
        Instruction::Copy { depth } if depth < 1 => Err(bad(depth, "at least 1")),
        Instruction::Swap { depth } if depth < 2 => Err(bad(depth, "at least 2")),
        Instruction::ListAppend { depth }
        | Instruction::SetAdd { depth }
        | Instruction::MapAdd { depth }
        | Instruction::ListExtend { depth }
        | Instruction::SetUpdate { depth }
        | Instruction::DictUpdate { depth }
        | Instruction::DictMerge { depth }
            if depth < 1 =>
        {
            Err(bad(depth, "at least 1"))
        }
        Instruction::BuildSlice { count } if !(2..=3).contains(&count) => Err(bad(count, "2 or 3")),
        Instruction::RaiseVarargs { count } if count > 2 => Err(bad(count, "0 to 2")),
        Instruction::GetAwaitable { kind } if kind > 2 => Err(bad(u32::from(kind), "0 to 2")),
        Instruction::MakeFunction { flags }
            if flags.bits() & !MakeFunctionFlags::all().bits() != 0 =>
        {
            Err(bad(u32::from(flags.bits()), "flags 0x01 to 0x08"))
        }
        Instruction::CallKw { argc, kw_names } => {
            check_const(code, kw_names.0)?;
            let Constant::Tuple(names) = &code.consts[kw_names.index()] else {
                return Err(VerifyErrorKind::KwNames { index: kw_names.0 });
            };
            if !names.iter().all(|name| matches!(name, Constant::Str(_))) {
                return Err(VerifyErrorKind::KwNames { index: kw_names.0 });
            }
            if names.len() > usize::from(argc) {
                return Err(VerifyErrorKind::TooManyKwNames {
                    names: names.len(),
                    argc,
                });
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

/// Checks a constant index.
fn check_const(code: &CodeObject, index: u32) -> Result<(), VerifyErrorKind> {
    check_index(index, code.consts.len(), |index, len| {
        VerifyErrorKind::ConstIndex { index, len }
    })
}

/// Checks a jump target.
fn check_jump(code: &CodeObject, target: u32) -> Result<(), VerifyErrorKind> {
    check_index(target, code.instructions.len(), |target, len| {
        VerifyErrorKind::JumpTarget { target, len }
    })
}

/// Checks that `index` is below `len`, else builds the error with `error`.
fn check_index(
    index: u32,
    len: usize,
    error: impl FnOnce(u32, usize) -> VerifyErrorKind,
) -> Result<(), VerifyErrorKind> {
    if (index as usize) < len {
        Ok(())
    } else {
        Err(error(index, len))
    }
}
