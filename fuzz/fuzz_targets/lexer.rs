//! Fuzz the lexer: `cargo fuzz run lexer` (from the repository root).
//!
//! Any bytes go through source decoding, then both lexer dialects; nothing
//! may panic, and every span must lie inside the text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pyvm_lexer::encoding::Mode;
use pyvm_lexer::{tokenize_with, Dialect};

fuzz_target!(|data: &[u8]| {
    let text = match pyvm_lexer::encoding::decode_source(data, Mode::Script, "<fuzz>") {
        Ok(decoded) => decoded.text.into_owned(),
        Err(_) => String::from_utf8_lossy(data).into_owned(),
    };
    for dialect in [Dialect::Python, Dialect::TokenizeModule] {
        let lexed = tokenize_with(&text, dialect);
        for token in &lexed.tokens {
            assert!(token.span.end as usize <= text.len());
            assert!(token.span.start <= token.span.end);
        }
        for error in &lexed.errors {
            assert!(error.span.end as usize <= text.len());
        }
    }
});
