//! Mutated bytecode files: whatever the damage, `load` returns an error or
//! a code object that verifies; it never panics. (The `bytecode_loader`
//! fuzz target in `fuzz/` searches the same space with coverage guidance.)

mod common;

use proptest::prelude::*;
use pyvm_bytecode::{disassemble, load, save, verify, SourceStamp};

/// Valid files to start from.
fn seeds() -> Vec<Vec<u8>> {
    vec![
        save(&common::sample_module(), SourceStamp::hash_of(b"module")),
        save(
            &common::constants_sampler(),
            SourceStamp::Mtime { mtime: 1, size: 2 },
        ),
    ]
}

/// Loads `bytes`; if that succeeds, checks the result is sound.
fn check(bytes: &[u8]) {
    if let Ok(loaded) = load(bytes) {
        verify(&loaded.code).expect("a loaded code object verifies");
        disassemble(&loaded.code);
        // Every value has one encoding, so saving gives the same bytes.
        assert_eq!(save(&loaded.code, loaded.stamp), bytes);
    }
}

/// One way of damaging a file.
#[derive(Clone, Debug)]
enum Mutation {
    /// Sets the byte at (position modulo length).
    Set(usize, u8),
    /// Flips one bit.
    Flip(usize, u8),
    /// Cuts the file short.
    Truncate(usize),
    /// Inserts bytes.
    Insert(usize, Vec<u8>),
    /// Removes a range.
    Remove(usize, usize),
    /// Replaces a range with a range of another seed.
    Splice(usize, usize, usize, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(at, byte)| Mutation::Set(at, byte)),
        (any::<usize>(), 0u8..8).prop_map(|(at, bit)| Mutation::Flip(at, bit)),
        any::<usize>().prop_map(Mutation::Truncate),
        (any::<usize>(), prop::collection::vec(any::<u8>(), 1..12))
            .prop_map(|(at, bytes)| Mutation::Insert(at, bytes)),
        (any::<usize>(), 1usize..16).prop_map(|(at, len)| Mutation::Remove(at, len)),
        (any::<usize>(), any::<usize>(), any::<usize>(), 1usize..32)
            .prop_map(|(seed, from, to, len)| Mutation::Splice(seed, from, to, len)),
    ]
}

fn apply(bytes: &mut Vec<u8>, mutation: &Mutation, seeds: &[Vec<u8>]) {
    if bytes.is_empty() {
        return;
    }
    let len = bytes.len();
    match mutation {
        Mutation::Set(at, byte) => bytes[at % len] = *byte,
        Mutation::Flip(at, bit) => bytes[at % len] ^= 1 << bit,
        Mutation::Truncate(at) => bytes.truncate(at % len),
        Mutation::Insert(at, inserted) => {
            let at = at % (len + 1);
            bytes.splice(at..at, inserted.iter().copied());
        }
        Mutation::Remove(at, count) => {
            let at = at % len;
            bytes.drain(at..(at + count).min(len));
        }
        Mutation::Splice(seed, from, to, count) => {
            let source = &seeds[seed % seeds.len()];
            let from = from % source.len();
            let piece = &source[from..(from + count).min(source.len())];
            let to = to % len;
            let end = (to + piece.len()).min(len);
            bytes.splice(to..end, piece.iter().copied());
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn mutated_files_never_panic(
        seed in any::<usize>(),
        mutations in prop::collection::vec(mutation(), 1..4),
    ) {
        let seeds = seeds();
        let mut bytes = seeds[seed % seeds.len()].clone();
        for mutation in &mutations {
            apply(&mut bytes, mutation, &seeds);
        }
        check(&bytes);
    }
}

/// Every byte of the seeds, set to each value that changes the meaning of
/// a varint, a tag or an opcode.
#[test]
fn every_single_byte_change() {
    for seed in seeds() {
        for at in 0..seed.len() {
            for byte in [
                0,
                1,
                2,
                0x7f,
                0x80,
                0xff,
                seed[at] ^ 1,
                seed[at].wrapping_add(1),
            ] {
                let mut bytes = seed.clone();
                bytes[at] = byte;
                check(&bytes);
            }
        }
    }
}
