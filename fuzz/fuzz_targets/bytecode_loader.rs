//! Fuzz the bytecode loader: `cargo fuzz run bytecode_loader` (from the
//! repository root).
//!
//! Any bytes are loaded twice: as they are, and after a valid header so the
//! fuzzer reaches the code object without first finding the magic number.
//! Loading must fail with an error or give a code object that verifies,
//! disassembles, and saves back to the very same bytes (every value has one
//! encoding); never a panic, hang or stack overflow.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pyvm_bytecode::{disassemble, load, save, verify, FORMAT_VERSION, MAGIC};

fuzz_target!(|data: &[u8]| {
    check(data);
    let mut file = MAGIC.to_vec();
    file.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    file.extend_from_slice(&0u32.to_le_bytes());
    file.extend_from_slice(&0u64.to_le_bytes());
    file.extend_from_slice(data);
    check(&file);
});

fn check(bytes: &[u8]) {
    let Ok(loaded) = load(bytes) else {
        return;
    };
    assert_eq!(verify(&loaded.code), Ok(()));
    disassemble(&loaded.code);
    assert_eq!(save(&loaded.code, loaded.stamp), bytes);
}
