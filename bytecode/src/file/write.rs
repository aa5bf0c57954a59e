//! Writing bytecode files.

use num_bigint::Sign;

use crate::code::{CodeObject, Location, Name};
use crate::constant::{Constant, Int};
use crate::file::opcode::write_instruction;
use crate::file::{SourceStamp, FORMAT_VERSION, MAGIC};

/// The bytes of a bytecode file holding `code`, stamped with `stamp`; see
/// the [module documentation](crate::file) for the layout.
///
/// `save` writes what it is given: [`load`](crate::load) verifies, so save
/// only code objects that [`verify`](crate::verify). A big integer that
/// fits in an `i64`, or a string "with surrogates" that has none, is
/// written in its canonical form.
pub fn save(code: &CodeObject, stamp: SourceStamp) -> Vec<u8> {
    let mut writer = Writer::default();
    writer.bytes.extend_from_slice(&MAGIC);
    writer
        .bytes
        .extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    match stamp {
        SourceStamp::SourceHash(hash) => {
            writer.bytes.extend_from_slice(&0u32.to_le_bytes());
            writer.bytes.extend_from_slice(&hash.to_le_bytes());
        }
        SourceStamp::Mtime { mtime, size } => {
            writer.bytes.extend_from_slice(&1u32.to_le_bytes());
            writer.bytes.extend_from_slice(&mtime.to_le_bytes());
            writer.bytes.extend_from_slice(&size.to_le_bytes());
        }
    }
    writer.code(code);
    writer.finish()
}

/// A growing file.
#[derive(Default)]
pub struct Writer {
    bytes: Vec<u8>,
}

impl Writer {
    /// The bytes written.
    pub fn finish(self) -> Vec<u8> {
        self.bytes
    }

    /// One byte.
    pub fn u8(&mut self, value: u8) {
        self.bytes.push(value);
    }

    /// A boolean byte, 0 or 1.
    pub fn bool(&mut self, value: bool) {
        self.bytes.push(u8::from(value));
    }

    /// An unsigned LEB128 varint.
    pub fn varint(&mut self, mut value: u64) {
        while value >= 0x80 {
            self.bytes.push((value as u8 & 0x7f) | 0x80);
            value >>= 7;
        }
        self.bytes.push(value as u8);
    }

    /// A length or count.
    fn len(&mut self, len: usize) {
        self.varint(len as u64);
    }

    /// A string: byte length, UTF-8.
    fn str(&mut self, text: &str) {
        self.len(text.len());
        self.bytes.extend_from_slice(text.as_bytes());
    }

    /// A list of strings: count, strings.
    fn strs(&mut self, texts: &[Name]) {
        self.len(texts.len());
        for text in texts {
            self.str(text);
        }
    }

    /// An optional `u32`: 0 for `None`, else value + 1.
    fn optional(&mut self, value: Option<u32>) {
        self.varint(value.map_or(0, |value| u64::from(value) + 1));
    }

    /// A code object.
    fn code(&mut self, code: &CodeObject) {
        for field in [
            code.argcount,
            code.posonlyargcount,
            code.kwonlyargcount,
            code.flags.bits(),
            code.firstlineno,
            code.max_stack_depth,
        ] {
            self.varint(u64::from(field));
        }
        self.str(&code.name);
        self.str(&code.qualname);
        self.str(&code.filename);
        self.strs(&code.names);
        self.strs(&code.varnames);
        self.strs(&code.cellvars);
        self.strs(&code.freevars);
        self.len(code.consts.len());
        for constant in &code.consts {
            self.constant(constant);
        }
        self.len(code.instructions.len());
        for instruction in &code.instructions {
            write_instruction(self, instruction);
        }
        self.len(code.locations.len());
        for Location {
            line,
            end_line,
            col,
            end_col,
        } in code.locations.iter()
        {
            self.optional(line);
            self.optional(end_line);
            self.optional(col);
            self.optional(end_col);
        }
        self.len(code.exception_table.len());
        for entry in &code.exception_table {
            self.varint(u64::from(entry.start));
            self.varint(u64::from(entry.end));
            self.varint(u64::from(entry.target.0));
            self.varint(u64::from(entry.depth));
            self.bool(entry.lasti);
        }
    }

    /// A constant: tag, payload.
    fn constant(&mut self, constant: &Constant) {
        match constant {
            Constant::None => self.u8(0),
            Constant::Bool(false) => self.u8(1),
            Constant::Bool(true) => self.u8(2),
            Constant::Int(value) => self.int(value),
            Constant::Float(value) => {
                self.u8(5);
                self.bytes.extend_from_slice(&value.to_bits().to_le_bytes());
            }
            Constant::Complex { real, imag } => {
                self.u8(6);
                self.bytes.extend_from_slice(&real.to_bits().to_le_bytes());
                self.bytes.extend_from_slice(&imag.to_bits().to_le_bytes());
            }
            Constant::Str(text) => {
                self.u8(7);
                self.str(text);
            }
            Constant::StrWithSurrogates(code_points) => {
                let text: Option<String> = code_points.iter().map(|&c| char::from_u32(c)).collect();
                match text {
                    Some(text) => {
                        self.u8(7);
                        self.str(&text);
                    }
                    None => {
                        self.u8(8);
                        self.len(code_points.len());
                        for &code_point in code_points {
                            self.varint(u64::from(code_point));
                        }
                    }
                }
            }
            Constant::Bytes(bytes) => {
                self.u8(9);
                self.len(bytes.len());
                self.bytes.extend_from_slice(bytes);
            }
            Constant::Tuple(items) | Constant::FrozenSet(items) => {
                self.u8(if matches!(constant, Constant::Tuple(_)) {
                    10
                } else {
                    11
                });
                self.len(items.len());
                for item in items {
                    self.constant(item);
                }
            }
            Constant::Ellipsis => self.u8(12),
            Constant::Code(code) => {
                self.u8(13);
                self.code(code);
            }
        }
    }

    /// An `int`: zigzag varint when it fits in an `i64`, else sign and
    /// magnitude.
    fn int(&mut self, value: &Int) {
        let small = match value {
            Int::Small(small) => *small,
            Int::Big(big) => match i64::try_from(&**big) {
                Ok(small) => small,
                Err(_) => {
                    let (sign, magnitude) = big.to_bytes_le();
                    self.u8(4);
                    self.u8(u8::from(sign == Sign::Minus));
                    self.len(magnitude.len());
                    self.bytes.extend_from_slice(&magnitude);
                    return;
                }
            },
        };
        self.u8(3);
        self.varint(((small << 1) ^ (small >> 63)) as u64);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn varints_are_leb128() {
        let mut writer = Writer::default();
        writer.varint(0);
        writer.varint(127);
        writer.varint(128);
        writer.varint(300);
        writer.varint(u64::MAX);
        assert_eq!(
            writer.finish(),
            [0, 127, 0x80, 1, 0xac, 2, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 1]
        );
    }

    #[test]
    fn small_ints_are_zigzag() {
        let mut writer = Writer::default();
        for value in [0, -1, 1, -2, i64::MIN] {
            writer.int(&Int::Small(value));
        }
        let bytes = writer.finish();
        assert_eq!(&bytes[..8], [3, 0, 3, 1, 3, 2, 3, 3]);
        assert_eq!(bytes.len(), 8 + 1 + 10);
    }

    #[test]
    fn the_header_has_the_documented_layout() {
        let mut code = CodeObject::new("m", "m.py", 1);
        code.firstlineno = 1;
        let bytes = save(&code, SourceStamp::SourceHash(0x0102_0304_0506_0708));
        assert_eq!(&bytes[..8], b"PYVMC\r\n\x1a");
        assert_eq!(&bytes[8..12], [1, 0, 0, 0]);
        assert_eq!(&bytes[12..16], [0, 0, 0, 0]);
        assert_eq!(&bytes[16..24], [8, 7, 6, 5, 4, 3, 2, 1]);
        // argcount … max_stack_depth, then the name "m".
        assert_eq!(&bytes[24..32], [0, 0, 0, 0, 1, 0, 1, b'm']);
        let stamped = save(&code, SourceStamp::Mtime { mtime: 5, size: 9 });
        assert_eq!(&stamped[12..16], [1, 0, 0, 0]);
        assert_eq!(
            &stamped[16..32],
            [5, 0, 0, 0, 0, 0, 0, 0, 9, 0, 0, 0, 0, 0, 0, 0]
        );
    }
}
