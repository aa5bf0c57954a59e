//! Bytecode files: a code object saved with [`save`] and read back, fully
//! verified, with [`load`].
//!
//! The format is pyvm's own (CPython's `.pyc` marshal format holds CPython
//! bytecode, which pyvm does not run). Every integer is little-endian: the
//! header's are fixed-size, the rest are LEB128 varints (7 bits a byte, low
//! bits first, high bit set on all bytes but the last), unsigned unless
//! said otherwise.
//!
//! # Header
//!
//! | offset | size | field |
//! |---|---|---|
//! | 0 | 8 | magic: `50 59 56 4D 43 0D 0A 1A` (`b"PYVMC\r\n\x1a"`: a newline translation or a text-mode read breaks it, as PNG's does) |
//! | 8 | 4 | format version, `u32`: [`FORMAT_VERSION`] |
//! | 12 | 4 | source stamp kind, `u32`: 0 = source hash, 1 = modification time |
//! | 16 | 8 | kind 0: the [`SourceStamp::hash_of`] of the source bytes, `u64` |
//! | 16 | 16 | kind 1: modification time in seconds since the Unix epoch, `u64`, then size in bytes, `u64` |
//! | 24 or 32 | … | the code object, which ends the file |
//!
//! # Code object
//!
//! | field | encoding |
//! |---|---|
//! | `argcount`, `posonlyargcount`, `kwonlyargcount`, `flags`, `firstlineno`, `max_stack_depth` | six varints |
//! | `name`, `qualname`, `filename` | three strings: varint byte length, UTF-8 bytes |
//! | `names`, `varnames`, `cellvars`, `freevars` | each a varint count, then that many strings |
//! | `consts` | varint count, then constants (below) |
//! | `instructions` | varint count, then instructions (below) |
//! | `locations` | varint count, then per location four varints `line`, `end_line`, `col`, `end_col`, each 0 for `None` or value + 1 |
//! | `exception_table` | varint count, then per entry varints `start`, `end`, `target`, `depth` and a byte `lasti` (0 or 1) |
//!
//! # Instructions
//!
//! An opcode byte, then the operands. Opcodes are pyvm's own, numbered
//! from 1 in the order of the [`Instruction`](crate::Instruction) enum (0
//! is never an opcode, so a run of zero bytes is an error). Operands follow
//! in field order: indices, counts, depths and labels as varints (at most
//! `u32::MAX`; `u16::MAX` for `CallKw`'s `argc`), `bool`s as one byte 0 or
//! 1, `u8`s as one byte, operators and flags as one byte holding their
//! CPython number.
//!
//! | opcode | instruction | operands |
//! |---|---|---|
//! | 1 | `Nop` |  |
//! | 2 | `PopTop` |  |
//! | 3 | `PushNull` |  |
//! | 4 | `Copy` | `depth: u32` |
//! | 5 | `Swap` | `depth: u32` |
//! | 6 | `LoadConst` | `value: ConstIdx` |
//! | 7 | `LoadName` | `name: NameIdx` |
//! | 8 | `StoreName` | `name: NameIdx` |
//! | 9 | `DeleteName` | `name: NameIdx` |
//! | 10 | `LoadGlobal` | `name: NameIdx`, `push_null: bool` |
//! | 11 | `StoreGlobal` | `name: NameIdx` |
//! | 12 | `DeleteGlobal` | `name: NameIdx` |
//! | 13 | `LoadFast` | `local: LocalIdx` |
//! | 14 | `StoreFast` | `local: LocalIdx` |
//! | 15 | `DeleteFast` | `local: LocalIdx` |
//! | 16 | `LoadDeref` | `cell: CellIdx` |
//! | 17 | `StoreDeref` | `cell: CellIdx` |
//! | 18 | `DeleteDeref` | `cell: CellIdx` |
//! | 19 | `LoadClosure` | `cell: CellIdx` |
//! | 20 | `LoadClassDeref` | `cell: CellIdx` |
//! | 21 | `LoadAttr` | `name: NameIdx` |
//! | 22 | `StoreAttr` | `name: NameIdx` |
//! | 23 | `DeleteAttr` | `name: NameIdx` |
//! | 24 | `LoadMethod` | `name: NameIdx` |
//! | 25 | `UnaryPositive` |  |
//! | 26 | `UnaryNegative` |  |
//! | 27 | `UnaryNot` |  |
//! | 28 | `UnaryInvert` |  |
//! | 29 | `BinaryOp` | `op: BinaryOperator` |
//! | 30 | `CompareOp` | `op: ComparisonOperator` |
//! | 31 | `IsOp` | `invert: bool` |
//! | 32 | `ContainsOp` | `invert: bool` |
//! | 33 | `BinarySubscr` |  |
//! | 34 | `StoreSubscr` |  |
//! | 35 | `DeleteSubscr` |  |
//! | 36 | `BuildSlice` | `count: u32` |
//! | 37 | `BuildTuple` | `count: u32` |
//! | 38 | `BuildList` | `count: u32` |
//! | 39 | `BuildSet` | `count: u32` |
//! | 40 | `BuildMap` | `count: u32` |
//! | 41 | `BuildString` | `count: u32` |
//! | 42 | `BuildConstKeyMap` | `count: u32` |
//! | 43 | `ListAppend` | `depth: u32` |
//! | 44 | `SetAdd` | `depth: u32` |
//! | 45 | `MapAdd` | `depth: u32` |
//! | 46 | `ListExtend` | `depth: u32` |
//! | 47 | `SetUpdate` | `depth: u32` |
//! | 48 | `DictUpdate` | `depth: u32` |
//! | 49 | `DictMerge` | `depth: u32` |
//! | 50 | `ListToTuple` |  |
//! | 51 | `UnpackSequence` | `count: u32` |
//! | 52 | `UnpackEx` | `before: u8`, `after: u32` |
//! | 53 | `JumpForward` | `target: Label` |
//! | 54 | `JumpBackward` | `target: Label` |
//! | 55 | `PopJumpIfFalse` | `target: Label` |
//! | 56 | `PopJumpIfTrue` | `target: Label` |
//! | 57 | `PopJumpIfNone` | `target: Label` |
//! | 58 | `PopJumpIfNotNone` | `target: Label` |
//! | 59 | `JumpIfTrueOrPop` | `target: Label` |
//! | 60 | `JumpIfFalseOrPop` | `target: Label` |
//! | 61 | `GetIter` |  |
//! | 62 | `GetYieldFromIter` |  |
//! | 63 | `ForIter` | `target: Label` |
//! | 64 | `ReturnValue` |  |
//! | 65 | `Call` | `argc: u32` |
//! | 66 | `CallKw` | `argc: u16`, `kw_names: ConstIdx` |
//! | 67 | `CallFunctionEx` | `has_kwargs: bool` |
//! | 68 | `MakeFunction` | `flags: MakeFunctionFlags` |
//! | 69 | `LoadBuildClass` |  |
//! | 70 | `RaiseVarargs` | `count: u32` |
//! | 71 | `PushExcInfo` |  |
//! | 72 | `PopExcept` |  |
//! | 73 | `Reraise` | `depth: u32` |
//! | 74 | `CheckExcMatch` |  |
//! | 75 | `CheckEgMatch` |  |
//! | 76 | `PrepReraiseStar` |  |
//! | 77 | `WithExceptStart` |  |
//! | 78 | `BeforeWith` |  |
//! | 79 | `BeforeAsyncWith` |  |
//! | 80 | `LoadAssertionError` |  |
//! | 81 | `YieldValue` |  |
//! | 82 | `Send` | `target: Label` |
//! | 83 | `GetAwaitable` | `kind: u8` |
//! | 84 | `GetAiter` |  |
//! | 85 | `GetAnext` |  |
//! | 86 | `EndAsyncFor` |  |
//! | 87 | `AsyncGenWrap` |  |
//! | 88 | `ImportName` | `name: NameIdx` |
//! | 89 | `ImportFrom` | `name: NameIdx` |
//! | 90 | `ImportStar` |  |
//! | 91 | `SetupAnnotations` |  |
//! | 92 | `PrintExpr` |  |
//! | 93 | `FormatValue` | `conversion: Conversion`, `has_spec: bool` |
//! | 94 | `MatchClass` | `count: u32` |
//! | 95 | `MatchKeys` |  |
//! | 96 | `MatchMapping` |  |
//! | 97 | `MatchSequence` |  |
//! | 98 | `GetLen` |  |
//! | 99 | `LoadFastLoadFast` | `first: u16`, `second: u16` |
//! | 100 | `LoadFastLoadConst` | `local: u16`, `value: u16` |
//!
//! The last two are [specialized
//! instructions](crate::instruction#specialized-instructions): they
//! decode, and the verifier then rejects them.
//!
//! # Constants
//!
//! A tag byte, then:
//!
//! | tag | constant | payload |
//! |---|---|---|
//! | 0 | `None` | |
//! | 1 | `False` | |
//! | 2 | `True` | |
//! | 3 | `int` in the `i64` range | zigzag varint |
//! | 4 | `int` outside it | sign byte (0 positive, 1 negative), varint length, magnitude bytes low first (the last nonzero) |
//! | 5 | `float` | 8 bytes, IEEE 754 bits |
//! | 6 | `complex` | 8 bytes real, 8 bytes imaginary |
//! | 7 | `str` | varint byte length, UTF-8 |
//! | 8 | `str` with lone surrogates | varint count, one varint per code point |
//! | 9 | `bytes` | varint length, bytes |
//! | 10 | `tuple` | varint count, constants |
//! | 11 | `frozenset` | varint count, constants |
//! | 12 | `Ellipsis` | |
//! | 13 | code object | a code object |
//!
//! # Loading
//!
//! [`load`] accepts a file only if every byte is accounted for and every
//! code object in it passes [`verify`](crate::verify). Lengths and counts
//! are checked against the bytes left before anything is allocated, so a
//! hostile length cannot make it allocate more than a small multiple of the
//! file's size; tuples, frozensets and code objects nest at most
//! [`MAX_NESTING`] deep, so a hostile file cannot overflow the stack.
//! Values must be in their one canonical form (varints in their shortest
//! form, booleans 0 or 1, a big integer outside the `i64` range, …), so a
//! file that loads saves back to the same bytes. A malformed file gives a [`LoadError`] naming what is wrong and
//! where, never a panic.

mod error;
mod opcode;
mod read;
mod write;

use siphasher::sip::SipHasher13;

pub use error::{LoadError, LoadErrorKind};
pub use read::load;
pub use write::save;

use crate::code::CodeObject;

/// The first 8 bytes of every bytecode file.
pub const MAGIC: [u8; 8] = *b"PYVMC\r\n\x1a";

/// The format version this crate writes and reads. It changes whenever the
/// encoding, the instruction set or the meaning of an instruction changes,
/// so files from another pyvm are recompiled rather than misread.
pub const FORMAT_VERSION: u32 = 1;

/// How deep tuples, frozensets and code objects may nest in a file.
pub const MAX_NESTING: usize = 256;

/// What a bytecode file records about the source it was compiled from, so
/// an importer can tell whether it is out of date (as CPython's `.pyc`
/// header, PEP 552).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SourceStamp {
    /// A hash of the source bytes, from [`SourceStamp::hash_of`].
    SourceHash(u64),
    /// The source file's modification time and size when compiled.
    Mtime {
        /// Seconds since the Unix epoch.
        mtime: u64,
        /// Size in bytes.
        size: u64,
    },
}

impl SourceStamp {
    /// The stamp of a source hash: SipHash-1-3 of `source` (the file's
    /// bytes, before decoding), keyed with the magic number and format
    /// version, as CPython keys its `.pyc` source hash with its magic
    /// number.
    pub fn hash_of(source: &[u8]) -> SourceStamp {
        use std::hash::Hasher;

        let mut hasher =
            SipHasher13::new_with_keys(u64::from_le_bytes(MAGIC), u64::from(FORMAT_VERSION));
        hasher.write(source);
        SourceStamp::SourceHash(hasher.finish())
    }
}

/// A loaded and verified bytecode file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadedFile {
    /// What the file records about its source.
    pub stamp: SourceStamp,
    /// The module's code object, verified with everything nested in it.
    pub code: CodeObject,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_hashes_are_stable() {
        let SourceStamp::SourceHash(hash) = SourceStamp::hash_of(b"print(1)\n") else {
            panic!("a hash stamp");
        };
        // Pinned: a change would make every cached file look stale.
        assert_eq!(hash, 0x8b11_5fc1_cd41_cada);
        assert_ne!(
            SourceStamp::hash_of(b"print(2)\n"),
            SourceStamp::SourceHash(hash)
        );
    }
}
