//! Reading and verifying bytecode files.

use std::sync::Arc;

use num_bigint::{BigInt, Sign};

use crate::code::{CodeFlags, CodeObject, Location, Name};
use crate::constant::{Constant, Int};
use crate::exception_table::ExceptionTableEntry;
use crate::file::opcode::read_instruction;
use crate::file::{
    LoadError, LoadErrorKind, LoadedFile, SourceStamp, FORMAT_VERSION, MAGIC, MAX_NESTING,
};
use crate::operand::Label;
use crate::verify::verify_without_nested;

/// Reads a bytecode file written by [`save`](crate::save) and verifies
/// every code object in it.
///
/// Errors name what is wrong and the byte where it shows (see
/// [`LoadErrorKind`]); no input makes it panic.
pub fn load(bytes: &[u8]) -> Result<LoadedFile, LoadError> {
    let mut reader = Reader::new(bytes);
    if bytes.len() < MAGIC.len() || bytes[..MAGIC.len()] != MAGIC {
        return Err(LoadError {
            kind: LoadErrorKind::BadMagic,
            offset: 0,
        });
    }
    reader.position = MAGIC.len();
    let version = u32::from_le_bytes(reader.fixed("format version")?);
    if version != FORMAT_VERSION {
        return Err(LoadError {
            kind: LoadErrorKind::UnsupportedVersion { version },
            offset: MAGIC.len(),
        });
    }
    let stamp_start = reader.position;
    let stamp = match u32::from_le_bytes(reader.fixed("source stamp")?) {
        0 => SourceStamp::SourceHash(u64::from_le_bytes(reader.fixed("source stamp")?)),
        1 => SourceStamp::Mtime {
            mtime: u64::from_le_bytes(reader.fixed("source stamp")?),
            size: u64::from_le_bytes(reader.fixed("source stamp")?),
        },
        kind => {
            return Err(LoadError {
                kind: LoadErrorKind::UnknownStampKind { kind },
                offset: stamp_start,
            })
        }
    };
    let code = reader.code(0)?;
    if !reader.is_at_end() {
        return Err(reader.error(LoadErrorKind::TrailingData {
            len: bytes.len() - reader.position,
        }));
    }
    Ok(LoadedFile { stamp, code })
}

/// A cursor over a file's bytes whose reads fail, rather than panic, on
/// malformed data.
pub struct Reader<'a> {
    bytes: &'a [u8],
    position: usize,
}

impl<'a> Reader<'a> {
    /// A reader at the start of `bytes`.
    pub fn new(bytes: &'a [u8]) -> Self {
        Reader { bytes, position: 0 }
    }

    /// The offset of the next byte.
    pub fn position(&self) -> usize {
        self.position
    }

    /// Whether every byte has been read.
    pub fn is_at_end(&self) -> bool {
        self.position == self.bytes.len()
    }

    /// The bytes not yet read.
    fn remaining(&self) -> usize {
        self.bytes.len() - self.position
    }

    /// An error at the current position.
    fn error(&self, kind: LoadErrorKind) -> LoadError {
        LoadError {
            kind,
            offset: self.position,
        }
    }

    /// The next `len` bytes.
    fn take(&mut self, len: usize, what: &'static str) -> Result<&'a [u8], LoadError> {
        if len > self.remaining() {
            return Err(self.error(LoadErrorKind::Truncated { what }));
        }
        let taken = &self.bytes[self.position..self.position + len];
        self.position += len;
        Ok(taken)
    }

    /// The next `N` bytes, as an array.
    fn fixed<const N: usize>(&mut self, what: &'static str) -> Result<[u8; N], LoadError> {
        let mut array = [0; N];
        array.copy_from_slice(self.take(N, what)?);
        Ok(array)
    }

    /// One byte.
    pub fn u8(&mut self, what: &'static str) -> Result<u8, LoadError> {
        Ok(self.take(1, what)?[0])
    }

    /// A boolean byte, 0 or 1.
    pub fn bool(&mut self, what: &'static str) -> Result<bool, LoadError> {
        let start = self.position;
        match self.u8(what)? {
            0 => Ok(false),
            1 => Ok(true),
            value => Err(LoadError {
                kind: LoadErrorKind::InvalidBool { what, value },
                offset: start,
            }),
        }
    }

    /// An unsigned LEB128 varint of at most 64 bits, in its shortest form.
    pub fn varint(&mut self, what: &'static str) -> Result<u64, LoadError> {
        let start = self.position;
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = self.u8(what).map_err(|mut error| {
                error.offset = start;
                error
            })?;
            let bits = u64::from(byte & 0x7f);
            // The tenth byte holds the top bit only.
            if shift == 63 && bits > 1 {
                break;
            }
            value |= bits << shift;
            if byte & 0x80 == 0 {
                // A final zero byte after the first is an overlong
                // encoding: refused, so each value has one encoding.
                if byte == 0 && shift > 0 {
                    break;
                }
                return Ok(value);
            }
        }
        Err(LoadError {
            kind: LoadErrorKind::MalformedVarint { what },
            offset: start,
        })
    }

    /// A varint of at most `max`.
    fn bounded(&mut self, what: &'static str, max: u64) -> Result<u64, LoadError> {
        let start = self.position;
        let value = self.varint(what)?;
        if value > max {
            return Err(LoadError {
                kind: LoadErrorKind::IntegerTooLarge { what, value, max },
                offset: start,
            });
        }
        Ok(value)
    }

    /// A varint that fits in a `u32`.
    pub fn u32(&mut self, what: &'static str) -> Result<u32, LoadError> {
        Ok(self.bounded(what, u64::from(u32::MAX))? as u32)
    }

    /// A varint that fits in a `u16`.
    pub fn u16(&mut self, what: &'static str) -> Result<u16, LoadError> {
        Ok(self.bounded(what, u64::from(u16::MAX))? as u16)
    }

    /// A count of items taking at least `item_size` bytes each, checked
    /// against the bytes left so that no allocation follows a hostile
    /// count.
    fn count(&mut self, what: &'static str, item_size: usize) -> Result<usize, LoadError> {
        let start = self.position;
        let length = self.varint(what)?;
        let fits = usize::try_from(length)
            .ok()
            .and_then(|length| length.checked_mul(item_size))
            .is_some_and(|bytes| bytes <= self.remaining());
        if !fits {
            return Err(LoadError {
                kind: LoadErrorKind::LengthTooLarge {
                    what,
                    length,
                    remaining: self.remaining(),
                },
                offset: start,
            });
        }
        Ok(length as usize)
    }

    /// A byte string: length, bytes.
    fn byte_string(&mut self, what: &'static str) -> Result<&'a [u8], LoadError> {
        let len = self.count(what, 1)?;
        self.take(len, what)
    }

    /// A string: byte length, UTF-8.
    fn str(&mut self, what: &'static str) -> Result<String, LoadError> {
        let start = self.position;
        let bytes = self.byte_string(what)?;
        match std::str::from_utf8(bytes) {
            Ok(text) => Ok(text.to_owned()),
            Err(_) => Err(LoadError {
                kind: LoadErrorKind::InvalidUtf8 { what },
                offset: start,
            }),
        }
    }

    /// A list of strings: count, strings.
    fn strs(&mut self, what: &'static str) -> Result<Vec<Name>, LoadError> {
        let count = self.count(what, 1)?;
        (0..count).map(|_| self.str(what).map(Name::from)).collect()
    }

    /// An optional `u32`: 0 for `None`, else value + 1.
    fn optional(&mut self, what: &'static str) -> Result<Option<u32>, LoadError> {
        let value = self.bounded(what, u64::from(u32::MAX) + 1)?;
        Ok(value.checked_sub(1).map(|value| value as u32))
    }

    /// A code object `depth` levels inside the top one, verified (its
    /// nested code objects were verified as they were read).
    fn code(&mut self, depth: usize) -> Result<CodeObject, LoadError> {
        let start = self.position;
        let argcount = self.u32("argcount")?;
        let posonlyargcount = self.u32("posonlyargcount")?;
        let kwonlyargcount = self.u32("kwonlyargcount")?;
        let flags = CodeFlags::from_bits_retain(self.u32("flags")?);
        let firstlineno = self.u32("firstlineno")?;
        let max_stack_depth = self.u32("max_stack_depth")?;
        let name = self.str("name")?;
        let qualname = self.str("qualname")?;
        let filename = self.str("filename")?;
        let names = self.strs("names")?;
        let varnames = self.strs("varnames")?;
        let cellvars = self.strs("cellvars")?;
        let freevars = self.strs("freevars")?;
        let count = self.count("constants", 1)?;
        let consts = (0..count)
            .map(|_| self.constant(depth + 1))
            .collect::<Result<_, _>>()?;
        let count = self.count("instructions", 1)?;
        let instructions = (0..count)
            .map(|_| read_instruction(self))
            .collect::<Result<_, _>>()?;
        let count = self.count("locations", 4)?;
        let locations = (0..count)
            .map(|_| self.location())
            .collect::<Result<Vec<_>, _>>()?
            .into();
        let count = self.count("exception table", 5)?;
        let exception_table = (0..count)
            .map(|_| self.exception_table_entry())
            .collect::<Result<_, _>>()?;
        let code = CodeObject {
            argcount,
            posonlyargcount,
            kwonlyargcount,
            flags,
            names,
            varnames,
            cellvars,
            freevars,
            consts,
            name,
            qualname,
            filename,
            firstlineno,
            instructions,
            locations,
            exception_table,
            max_stack_depth,
        };
        verify_without_nested(&code).map_err(|error| LoadError {
            kind: LoadErrorKind::Verify(error),
            offset: start,
        })?;
        Ok(code)
    }

    /// One location.
    fn location(&mut self) -> Result<Location, LoadError> {
        Ok(Location {
            line: self.optional("location")?,
            end_line: self.optional("location")?,
            col: self.optional("location")?,
            end_col: self.optional("location")?,
        })
    }

    /// One exception table entry.
    fn exception_table_entry(&mut self) -> Result<ExceptionTableEntry, LoadError> {
        let what = "exception table entry";
        Ok(ExceptionTableEntry {
            start: self.u32(what)?,
            end: self.u32(what)?,
            target: Label(self.u32(what)?),
            depth: self.u32(what)?,
            lasti: self.bool(what)?,
        })
    }

    /// A constant `depth` levels inside the top code object.
    fn constant(&mut self, depth: usize) -> Result<Constant, LoadError> {
        if depth > MAX_NESTING {
            return Err(self.error(LoadErrorKind::NestingTooDeep));
        }
        // Each level of nesting costs a few frames (a debug build's are
        // large): grow the stack rather than overflow it.
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.constant_here(depth))
    }

    /// [`Reader::constant`], on a stack with room for it.
    fn constant_here(&mut self, depth: usize) -> Result<Constant, LoadError> {
        let start = self.position;
        let what = "constant";
        let constant = match self.u8(what)? {
            0 => Constant::None,
            1 => Constant::Bool(false),
            2 => Constant::Bool(true),
            3 => {
                let zigzag = self.varint(what)?;
                Constant::Int(Int::Small((zigzag >> 1) as i64 ^ -((zigzag & 1) as i64)))
            }
            4 => Constant::Int(self.big_int()?),
            5 => Constant::Float(f64::from_bits(u64::from_le_bytes(self.fixed(what)?))),
            6 => Constant::Complex {
                real: f64::from_bits(u64::from_le_bytes(self.fixed(what)?)),
                imag: f64::from_bits(u64::from_le_bytes(self.fixed(what)?)),
            },
            7 => Constant::Str(self.str("string constant")?),
            8 => Constant::StrWithSurrogates(self.code_points()?),
            9 => Constant::Bytes(self.byte_string("bytes constant")?.to_vec()),
            10 => Constant::Tuple(self.constants(depth)?),
            11 => Constant::FrozenSet(self.constants(depth)?),
            12 => Constant::Ellipsis,
            13 => Constant::Code(Arc::new(self.code(depth)?)),
            tag => {
                return Err(LoadError {
                    kind: LoadErrorKind::UnknownConstantTag { tag },
                    offset: start,
                })
            }
        };
        Ok(constant)
    }

    /// The items of a tuple or frozenset at `depth`.
    fn constants(&mut self, depth: usize) -> Result<Vec<Constant>, LoadError> {
        let count = self.count("constant", 1)?;
        (0..count).map(|_| self.constant(depth + 1)).collect()
    }

    /// A big integer: sign, magnitude, in canonical form.
    fn big_int(&mut self) -> Result<Int, LoadError> {
        let start = self.position;
        let negative = self.bool("integer constant")?;
        let magnitude = self.byte_string("integer constant")?;
        let sign = if negative { Sign::Minus } else { Sign::Plus };
        let value = BigInt::from_bytes_le(sign, magnitude);
        match Int::from_bigint(value) {
            Int::Big(big) if magnitude.last() != Some(&0) => Ok(Int::Big(big)),
            _ => Err(LoadError {
                kind: LoadErrorKind::NonCanonicalInt,
                offset: start,
            }),
        }
    }

    /// The code points of a string with surrogates, at least one of them a
    /// surrogate.
    fn code_points(&mut self) -> Result<Vec<u32>, LoadError> {
        let start = self.position;
        let count = self.count("string constant", 1)?;
        let mut code_points = Vec::with_capacity(count);
        for _ in 0..count {
            let at = self.position;
            let value = self.varint("string constant")?;
            if value > 0x10FFFF {
                return Err(LoadError {
                    kind: LoadErrorKind::BadCodePoint { value },
                    offset: at,
                });
            }
            code_points.push(value as u32);
        }
        if !code_points.iter().any(|c| (0xD800..=0xDFFF).contains(c)) {
            return Err(LoadError {
                kind: LoadErrorKind::NoSurrogate,
                offset: start,
            });
        }
        Ok(code_points)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_varint(bytes: &[u8]) -> Result<u64, String> {
        Reader::new(bytes)
            .varint("test")
            .map_err(|error| error.to_string())
    }

    #[test]
    fn varints_decode_and_reject_overflow() {
        assert_eq!(read_varint(&[0xac, 2]), Ok(300));
        let max = [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 1];
        assert_eq!(read_varint(&max), Ok(u64::MAX));
        let over = [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 2];
        assert_eq!(
            read_varint(&over),
            Err("malformed varint (reading test) at byte 0".into())
        );
        assert_eq!(
            read_varint(&[0x80, 0]),
            Err("malformed varint (reading test) at byte 0".into())
        );
        assert_eq!(read_varint(&[0]), Ok(0));
        let long = [0x80; 11];
        assert_eq!(
            read_varint(&long),
            Err("malformed varint (reading test) at byte 0".into())
        );
        assert_eq!(
            read_varint(&[0x80]),
            Err("truncated file at byte 0 (reading test)".into())
        );
    }

    #[test]
    fn counts_are_bounded_by_the_bytes_left() {
        let mut reader = Reader::new(&[3, 0, 0, 0]);
        assert_eq!(reader.count("x", 1), Ok(3));
        let mut reader = Reader::new(&[3, 0, 0, 0]);
        assert_eq!(
            reader.count("x", 2).unwrap_err().to_string(),
            "x length 3 does not fit in the 3 bytes left at byte 0"
        );
    }
}
