//! Why a bytecode file cannot be loaded.

use std::fmt;

use crate::file::{FORMAT_VERSION, MAX_NESTING};
use crate::verify::VerifyError;

/// A bytecode file that cannot be loaded: what is wrong, and the byte
/// offset in the file where it shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadError {
    /// What is wrong.
    pub kind: LoadErrorKind,
    /// Where in the file: the start of the value being read, or of the
    /// code object that fails verification.
    pub offset: usize,
}

/// What is wrong with a bytecode file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadErrorKind {
    /// The file does not start with [`MAGIC`](crate::file::MAGIC).
    BadMagic,
    /// The format version is not [`FORMAT_VERSION`].
    UnsupportedVersion {
        /// The file's version.
        version: u32,
    },
    /// The source stamp kind is neither 0 nor 1.
    UnknownStampKind {
        /// The file's kind.
        kind: u32,
    },
    /// The file ends in the middle of a value.
    Truncated {
        /// What was being read.
        what: &'static str,
    },
    /// Bytes follow the code object.
    TrailingData {
        /// How many.
        len: usize,
    },
    /// A varint runs past 64 bits.
    MalformedVarint {
        /// What was being read.
        what: &'static str,
    },
    /// A varint is larger than its field allows.
    IntegerTooLarge {
        /// What was being read.
        what: &'static str,
        /// The value.
        value: u64,
        /// The largest allowed.
        max: u64,
    },
    /// A length or count is more than the bytes left could hold.
    LengthTooLarge {
        /// What was being read.
        what: &'static str,
        /// The length.
        length: u64,
        /// The bytes left in the file.
        remaining: usize,
    },
    /// A boolean byte that is neither 0 nor 1.
    InvalidBool {
        /// What was being read.
        what: &'static str,
        /// The byte.
        value: u8,
    },
    /// A string that is not UTF-8.
    InvalidUtf8 {
        /// What was being read.
        what: &'static str,
    },
    /// An opcode byte that names no instruction.
    UnknownOpcode {
        /// The byte.
        opcode: u8,
    },
    /// An operand byte that names no operator, conversion or flag.
    InvalidOperand {
        /// What it should name.
        what: &'static str,
        /// The byte.
        value: u8,
    },
    /// A constant tag byte that names no type.
    UnknownConstantTag {
        /// The byte.
        tag: u8,
    },
    /// Constants nest deeper than [`MAX_NESTING`].
    NestingTooDeep,
    /// A big integer that fits in an `i64`, or whose magnitude has a
    /// trailing zero byte: not the canonical form.
    NonCanonicalInt,
    /// A code point above `0x10FFFF` in a string with surrogates.
    BadCodePoint {
        /// The code point.
        value: u64,
    },
    /// A string stored as having surrogates that has none (not the
    /// canonical form, which is a plain `str`).
    NoSurrogate,
    /// A code object fails verification.
    Verify(VerifyError),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let at = self.offset;
        match &self.kind {
            LoadErrorKind::BadMagic => write!(f, "bad magic number"),
            LoadErrorKind::UnsupportedVersion { version } => write!(
                f,
                "unsupported format version {version} (this pyvm reads version {FORMAT_VERSION})"
            ),
            LoadErrorKind::UnknownStampKind { kind } => {
                write!(f, "unknown source stamp kind {kind}")
            }
            LoadErrorKind::Truncated { what } => {
                write!(f, "truncated file at byte {at} (reading {what})")
            }
            LoadErrorKind::TrailingData { len } => {
                let bytes = if *len == 1 { "byte" } else { "bytes" };
                write!(
                    f,
                    "trailing data after code object ({len} {bytes} at byte {at})"
                )
            }
            LoadErrorKind::MalformedVarint { what } => {
                write!(f, "malformed varint (reading {what}) at byte {at}")
            }
            LoadErrorKind::IntegerTooLarge { what, value, max } => {
                write!(f, "{what} {value} too large (at most {max}) at byte {at}")
            }
            LoadErrorKind::LengthTooLarge {
                what,
                length,
                remaining,
            } => write!(
                f,
                "{what} length {length} does not fit in the {remaining} bytes left at byte {at}"
            ),
            LoadErrorKind::InvalidBool { what, value } => {
                write!(f, "invalid boolean {value} in {what} at byte {at}")
            }
            LoadErrorKind::InvalidUtf8 { what } => {
                write!(f, "invalid UTF-8 in {what} at byte {at}")
            }
            LoadErrorKind::UnknownOpcode { opcode } => {
                write!(f, "unknown opcode {opcode} at byte {at}")
            }
            LoadErrorKind::InvalidOperand { what, value } => {
                write!(f, "invalid {what} {value} at byte {at}")
            }
            LoadErrorKind::UnknownConstantTag { tag } => {
                write!(f, "unknown constant tag {tag} at byte {at}")
            }
            LoadErrorKind::NestingTooDeep => {
                write!(
                    f,
                    "constants nested more than {MAX_NESTING} deep at byte {at}"
                )
            }
            LoadErrorKind::NonCanonicalInt => {
                write!(f, "big integer constant not in canonical form at byte {at}")
            }
            LoadErrorKind::BadCodePoint { value } => {
                write!(
                    f,
                    "code point {value:#x} out of range in string constant at byte {at}"
                )
            }
            LoadErrorKind::NoSurrogate => write!(
                f,
                "string constant stored as having surrogates has none at byte {at}"
            ),
            LoadErrorKind::Verify(error) => write!(f, "{error}"),
        }
    }
}

impl std::error::Error for LoadError {}
