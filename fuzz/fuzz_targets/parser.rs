//! Fuzz the parser: `cargo fuzz run parser` (from the repository root).
//!
//! Any bytes go through source decoding and all three parse modes; the
//! result is a tree or a syntax error whose span lies inside the text,
//! never a panic, hang or stack overflow.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pyvm_lexer::encoding::Mode as Decoding;
use pyvm_parser::{parse, Mode};

fuzz_target!(|data: &[u8]| {
    let text = match pyvm_lexer::encoding::decode_source(data, Decoding::Compile, "<fuzz>") {
        Ok(decoded) => decoded.text.into_owned(),
        Err(_) => String::from_utf8_lossy(data).into_owned(),
    };
    for mode in [Mode::Exec, Mode::Eval, Mode::Single] {
        if let Err(error) = parse(&text, mode) {
            assert!(error.span.end as usize <= text.len());
            assert!(!error.to_string().is_empty());
        }
    }
});
