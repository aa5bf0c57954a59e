//! Fuzz the compiler: `cargo fuzz run compiler` (from the repository root).
//!
//! Any bytes are decoded and compiled in all three modes; the result is a
//! code object that passes the bytecode verifier and survives a bytecode
//! file, or an error with a message — never a panic, hang or stack overflow.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pyvm_compiler::{compile_source, CompileOptions, Mode};
use pyvm_lexer::encoding::Mode as Decoding;
use pyvm_source::SourceFile;

fuzz_target!(|data: &[u8]| {
    let text = match pyvm_lexer::encoding::decode_source(data, Decoding::Compile, "<fuzz>") {
        Ok(decoded) => decoded.text.into_owned(),
        Err(_) => String::from_utf8_lossy(data).into_owned(),
    };
    let file = SourceFile::new("<fuzz>", text);
    for mode in [Mode::Exec, Mode::Eval, Mode::Single] {
        match compile_source(&file, mode, &CompileOptions::default()) {
            Ok(code) => {
                if let Err(error) = pyvm_bytecode::verify(&code) {
                    panic!("compiled code fails the verifier: {error}");
                }
                let bytes = pyvm_bytecode::save(&code, pyvm_bytecode::SourceStamp::hash_of(data));
                let loaded = pyvm_bytecode::load(&bytes).expect("a saved file loads");
                assert_eq!(loaded.code, code);
            }
            Err(error) => assert!(!error.to_string().is_empty()),
        }
    }
});
