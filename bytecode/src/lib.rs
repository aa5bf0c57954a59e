//! pyvm's instruction set, code objects, disassembler and bytecode files.
//!
//! A [`CodeObject`] holds what CPython's code objects hold (argument counts,
//! flags, names, constants, a source range per instruction, an exception
//! table, the maximum stack depth) with pyvm's own [`Instruction`]s: an
//! enum with typed operands, close to CPython 3.11's instruction set (the
//! [`instruction`] module documents each one and its CPython counterpart).
//! Jumps and offsets count instructions, not bytes.
//!
//! - [`max_stack_depth`] computes a code object's stack size by flow
//!   analysis, as CPython's compiler does;
//! - [`disassemble`] prints code as `python3 -m dis` does;
//! - [`save`] writes a versioned bytecode file and [`load`] reads one back,
//!   checking every byte and [`verify`]ing every code object, so a
//!   malformed file is a [`LoadError`] naming what is wrong, never a crash.
//!
//! ```
//! use pyvm_bytecode::{
//!     disassemble, load, max_stack_depth, save, CodeObject, ConstIdx, Constant, Instruction,
//!     Location, NameIdx, SourceStamp,
//! };
//!
//! // print("hi")
//! let mut code = CodeObject::new("<module>", "hi.py", 1);
//! code.names = vec!["print".into()];
//! code.consts = vec![Constant::Str("hi".into()), Constant::None];
//! code.instructions = vec![
//!     Instruction::LoadGlobal { name: NameIdx(0), push_null: true },
//!     Instruction::LoadConst { value: ConstIdx(0) },
//!     Instruction::Call { argc: 1 },
//!     Instruction::PopTop,
//!     Instruction::LoadConst { value: ConstIdx(1) },
//!     Instruction::ReturnValue,
//! ];
//! code.locations = vec![Location::new(1, 0, 1, 11); 6].into();
//! code.max_stack_depth = max_stack_depth(&code.instructions, &code.exception_table).unwrap();
//! assert_eq!(code.max_stack_depth, 3);
//!
//! assert_eq!(
//!     disassemble(&code),
//!     "  1           0 LOAD_GLOBAL              1 (NULL + print)
//!               1 LOAD_CONST               0 ('hi')
//!               2 CALL                     1
//!               3 POP_TOP
//!               4 LOAD_CONST               1 (None)
//!               5 RETURN_VALUE
//! "
//! );
//!
//! let stamp = SourceStamp::hash_of(b"print('hi')\n");
//! let bytes = save(&code, stamp);
//! let loaded = load(&bytes).unwrap();
//! assert_eq!((loaded.code, loaded.stamp), (code, stamp));
//!
//! let error = load(&bytes[..20]).unwrap_err();
//! assert_eq!(error.to_string(), "truncated file at byte 16 (reading source stamp)");
//! ```

mod code;
mod constant;
mod dis;
mod exception_table;
pub mod file;
pub mod instruction;
mod locations;
mod operand;
mod specialize;
mod stack_depth;
mod stack_effect;
mod verify;

pub use code::{CodeFlags, CodeObject, Location, Name};
pub use constant::{Constant, Int};
pub use dis::{disassemble, disassemble_instruction};
pub use exception_table::{check_exception_table, ExceptionTableEntry, ExceptionTableProblem};
pub use file::{
    load, save, LoadError, LoadErrorKind, LoadedFile, SourceStamp, FORMAT_VERSION, MAGIC,
    MAX_NESTING,
};
pub use instruction::Instruction;
pub use locations::Locations;
/// The big integer type of [`Int::Big`] (from the `num-bigint` crate).
pub use num_bigint::BigInt;
pub use operand::{
    BinaryOperator, CellIdx, ComparisonOperator, ConstIdx, Conversion, Label, LocalIdx,
    MakeFunctionFlags, NameIdx,
};
pub use specialize::specialize;
pub use stack_depth::{max_stack_depth, StackDepthError, StackDepthErrorKind, MAX_STACK_DEPTH};
pub use verify::{verify, VerifyError, VerifyErrorKind};
