//! Decoding bytes to text for the codecs pyvm knows (UTF-8, ASCII,
//! Latin-1), with CPython's messages and error handlers.

use crate::exception_class::ExceptionClass;
use crate::vm::{PyResult, Vm};

/// `bytes.decode(encoding, errors)` as Rust text, with CPython's errors.
pub(crate) fn decode_bytes(
    vm: &mut Vm,
    bytes: &[u8],
    encoding: &str,
    errors: &str,
) -> PyResult<String> {
    let codec = encoding.to_ascii_lowercase().replace('_', "-");
    let text = match codec.as_str() {
        "utf-8" | "utf8" => decode_utf8(vm, bytes, errors)?,
        "ascii" | "us-ascii" => {
            let mut text = String::with_capacity(bytes.len());
            for (position, &byte) in bytes.iter().enumerate() {
                if byte < 0x80 {
                    text.push(char::from(byte));
                    continue;
                }
                match errors {
                    "ignore" => {}
                    "replace" => text.push('\u{fffd}'),
                    "backslashreplace" => text.push_str(&format!("\\x{byte:02x}")),
                    "strict" => {
                        return Err(vm.unicode_decode_error(
                            "ascii",
                            bytes,
                            position,
                            position + 1,
                            "ordinal not in range(128)",
                        ))
                    }
                    other => return Err(unknown_error_handler(vm, other)),
                }
            }
            text
        }
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" => {
            bytes.iter().map(|&b| char::from(b)).collect()
        }
        _ => {
            return Err(vm.error(
                ExceptionClass::LookupError,
                format!("unknown encoding: {encoding}"),
            ))
        }
    };
    Ok(text)
}

/// The LookupError for an error handler no codec knows.
pub(crate) fn unknown_error_handler(vm: &mut Vm, name: &str) -> crate::vm::PyErr {
    vm.error(
        ExceptionClass::LookupError,
        format!("unknown error handler name '{name}'"),
    )
}

/// UTF-8 decoding with CPython's error messages.
fn decode_utf8(vm: &mut Vm, bytes: &[u8], errors: &str) -> PyResult<String> {
    let mut text = String::with_capacity(bytes.len());
    let mut rest = bytes;
    let mut offset = 0;
    loop {
        match std::str::from_utf8(rest) {
            Ok(valid) => {
                text.push_str(valid);
                return Ok(text);
            }
            Err(error) => {
                let valid = error.valid_up_to();
                text.push_str(std::str::from_utf8(&rest[..valid]).expect("valid"));
                let position = offset + valid;
                let bad = error.error_len();
                let bad_end = valid + bad.unwrap_or(rest.len() - valid);
                match errors {
                    "ignore" => {}
                    "replace" => text.push('\u{fffd}'),
                    "backslashreplace" => {
                        for byte in &rest[valid..bad_end] {
                            text.push_str(&format!("\\x{byte:02x}"));
                        }
                    }
                    "strict" => {
                        let byte = rest[valid];
                        let reason = match bad {
                            None => "unexpected end of data",
                            Some(_) if (0x80..0xC2).contains(&byte) || byte > 0xF4 => {
                                "invalid start byte"
                            }
                            Some(_) => "invalid continuation byte",
                        };
                        let end = offset + bad_end;
                        return Err(vm.unicode_decode_error("utf-8", bytes, position, end, reason));
                    }
                    other => return Err(unknown_error_handler(vm, other)),
                }
                offset += bad_end;
                rest = &rest[bad_end..];
            }
        }
    }
}
