//! Malformed bytecode files: each is an error that names what is wrong,
//! pinned here, never a panic.
//!
//! The files are written byte by byte from the layout documented in the
//! `file` module, which also checks that `save` follows it.

use std::time::{Duration, Instant};

use pyvm_bytecode::{
    load, save, CodeObject, ConstIdx, Constant, Instruction, Location, SourceStamp,
};

// Opcodes, from the table in `file/opcode.rs`.
const POP_TOP: u8 = 2;
const LOAD_CONST: u8 = 6;
const LOAD_NAME: u8 = 7;
const BUILD_TUPLE: u8 = 37;
const JUMP_FORWARD: u8 = 53;
const JUMP_BACKWARD: u8 = 54;
const RETURN_VALUE: u8 = 64;

// Constant tags.
const NONE: u8 = 0;
const BIG_INT: u8 = 4;
const STR: u8 = 7;
const BYTES: u8 = 9;
const TUPLE: u8 = 10;
const CODE: u8 = 13;

/// The parts of a code object, each already encoded.
#[derive(Clone)]
struct Parts {
    max_stack_depth: u8,
    name: Vec<u8>,
    names: Vec<u8>,
    consts: Vec<u8>,
    instructions: Vec<Vec<u8>>,
    locations: Option<u8>,
    exception_table: Vec<u8>,
}

/// `return None`, as the file holds it.
fn tiny() -> Parts {
    Parts {
        max_stack_depth: 1,
        name: string(b"m"),
        names: vec![0],
        consts: vec![1, NONE],
        instructions: vec![vec![LOAD_CONST, 0], vec![RETURN_VALUE]],
        locations: None,
        exception_table: vec![0],
    }
}

fn string(text: &[u8]) -> Vec<u8> {
    assert!(text.len() < 128, "one-byte length");
    let mut bytes = vec![text.len() as u8];
    bytes.extend_from_slice(text);
    bytes
}

fn header() -> Vec<u8> {
    let mut bytes = b"PYVMC\r\n\x1a".to_vec();
    bytes.extend_from_slice(&1u32.to_le_bytes());
    bytes.extend_from_slice(&0u32.to_le_bytes());
    bytes.extend_from_slice(&0u64.to_le_bytes());
    bytes
}

/// A code object: argcount, posonlyargcount, kwonlyargcount, flags,
/// firstlineno, max_stack_depth, name, qualname, filename, names,
/// varnames, cellvars, freevars, consts, instructions, locations,
/// exception table.
fn code(parts: &Parts) -> Vec<u8> {
    let mut bytes = vec![0, 0, 0, 0, 1, parts.max_stack_depth];
    bytes.extend_from_slice(&parts.name);
    bytes.extend_from_slice(&string(b"m"));
    bytes.extend_from_slice(&string(b"m.py"));
    bytes.extend_from_slice(&parts.names);
    bytes.extend_from_slice(&[0, 0, 0]);
    bytes.extend_from_slice(&parts.consts);
    bytes.push(parts.instructions.len() as u8);
    for instruction in &parts.instructions {
        bytes.extend_from_slice(instruction);
    }
    let locations = parts.locations.unwrap_or(parts.instructions.len() as u8);
    bytes.push(locations);
    for _ in 0..locations {
        // Line 1, columns 0 to 4: each stored plus one.
        bytes.extend_from_slice(&[2, 2, 1, 5]);
    }
    bytes.extend_from_slice(&parts.exception_table);
    bytes
}

fn file(parts: &Parts) -> Vec<u8> {
    let mut bytes = header();
    bytes.extend_from_slice(&code(parts));
    bytes
}

fn error(bytes: &[u8]) -> String {
    match load(bytes) {
        Ok(_) => panic!("loaded a malformed file"),
        Err(error) => error.to_string(),
    }
}

#[test]
fn save_writes_the_documented_layout() {
    let mut tiny_code = CodeObject::new("m", "m.py", 1);
    tiny_code.consts = vec![Constant::None];
    tiny_code.instructions = vec![
        Instruction::LoadConst { value: ConstIdx(0) },
        Instruction::ReturnValue,
    ];
    tiny_code.locations = vec![Location::new(1, 0, 1, 4); 2].into();
    tiny_code.max_stack_depth = 1;
    assert_eq!(save(&tiny_code, SourceStamp::SourceHash(0)), file(&tiny()));
    assert_eq!(
        load(&file(&tiny())).map(|loaded| loaded.code),
        Ok(tiny_code)
    );
}

#[test]
fn header_errors() {
    assert_eq!(error(b""), "bad magic number");
    assert_eq!(error(b"PYVMC\r\r\x1a\x01\0\0\0"), "bad magic number");
    assert_eq!(
        error(b"PYVMC\r\n\x1a\x01\0"),
        "truncated file at byte 8 (reading format version)"
    );
    let mut bytes = file(&tiny());
    bytes[8] = 7;
    assert_eq!(
        error(&bytes),
        "unsupported format version 7 (this pyvm reads version 1)"
    );
    let mut bytes = file(&tiny());
    bytes[12] = 2;
    assert_eq!(error(&bytes), "unknown source stamp kind 2");
    let mut bytes = file(&tiny());
    bytes[12] = 1; // an mtime stamp is 8 bytes longer than a hash
    assert_eq!(
        error(&bytes[..30]),
        "truncated file at byte 24 (reading source stamp)"
    );
}

#[test]
fn truncation_anywhere_names_what_was_being_read() {
    let bytes = file(&tiny());
    assert_eq!(
        error(&bytes[..24]),
        "truncated file at byte 24 (reading argcount)"
    );
    assert_eq!(
        error(&bytes[..31]),
        "name length 1 does not fit in the 0 bytes left at byte 30"
    );
    assert_eq!(
        error(&bytes[..bytes.len() - 1]),
        format!(
            "truncated file at byte {} (reading exception table)",
            bytes.len() - 1
        )
    );
    for len in 0..bytes.len() {
        assert!(
            load(&bytes[..len]).is_err(),
            "a file cut to {len} bytes loaded"
        );
    }
}

#[test]
fn trailing_data() {
    let mut bytes = file(&tiny());
    let len = bytes.len();
    bytes.push(0);
    assert_eq!(
        error(&bytes),
        format!("trailing data after code object (1 byte at byte {len})")
    );
}

#[test]
fn invalid_utf8_in_a_name() {
    let parts = Parts {
        name: vec![2, 0xff, 0xfe],
        ..tiny()
    };
    assert_eq!(error(&file(&parts)), "invalid UTF-8 in name at byte 30");
    let parts = Parts {
        names: vec![1, 1, 0xc3],
        ..tiny()
    };
    assert_eq!(error(&file(&parts)), "invalid UTF-8 in names at byte 40");
}

#[test]
fn unknown_opcodes_and_constant_tags() {
    let parts = Parts {
        instructions: vec![vec![0xff]],
        ..tiny()
    };
    assert_eq!(error(&file(&parts)), "unknown opcode 255 at byte 46");
    let parts = Parts {
        consts: vec![1, 99],
        ..tiny()
    };
    assert_eq!(error(&file(&parts)), "unknown constant tag 99 at byte 44");
}

#[test]
fn operand_encoding_errors() {
    // An index needing more than 32 bits.
    let parts = Parts {
        instructions: vec![vec![LOAD_CONST, 0x80, 0x80, 0x80, 0x80, 0x10]],
        ..tiny()
    };
    assert_eq!(
        error(&file(&parts)),
        "operand 4294967296 too large (at most 4294967295) at byte 47"
    );
    // A varint that never ends within 64 bits.
    let parts = Parts {
        instructions: vec![vec![
            LOAD_CONST, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f,
        ]],
        ..tiny()
    };
    assert_eq!(
        error(&file(&parts)),
        "malformed varint (reading operand) at byte 47"
    );
    // A lasti byte that is not a boolean.
    let parts = Parts {
        exception_table: vec![1, 0, 1, 1, 0, 2],
        ..tiny()
    };
    assert_eq!(
        error(&file(&parts)),
        "invalid boolean 2 in exception table entry at byte 63"
    );
}

#[test]
fn non_canonical_constants() {
    // 5 fits in an i64: it must be a small int.
    let parts = Parts {
        consts: vec![1, BIG_INT, 0, 1, 5],
        ..tiny()
    };
    assert_eq!(
        error(&file(&parts)),
        "big integer constant not in canonical form at byte 45"
    );
    // A magnitude with a trailing zero byte.
    let mut big = vec![1, BIG_INT, 1, 10];
    big.extend_from_slice(&[1, 0, 0, 0, 0, 0, 0, 0, 1, 0]);
    let parts = Parts {
        consts: big,
        ..tiny()
    };
    assert_eq!(
        error(&file(&parts)),
        "big integer constant not in canonical form at byte 45"
    );
    let parts = Parts {
        consts: vec![1, 8, 1, 0x41],
        ..tiny()
    };
    assert_eq!(
        error(&file(&parts)),
        "string constant stored as having surrogates has none at byte 45"
    );
    let parts = Parts {
        consts: vec![1, 8, 1, 0x80, 0x80, 0x44],
        ..tiny()
    };
    assert_eq!(
        error(&file(&parts)),
        "code point 0x110000 out of range in string constant at byte 46"
    );
}

#[test]
fn indices_out_of_range_are_named_with_their_instruction() {
    let parts = Parts {
        instructions: vec![vec![LOAD_NAME, 9], vec![RETURN_VALUE]],
        ..tiny()
    };
    assert_eq!(
        error(&file(&parts)),
        "name index 9 out of range (0 names) in instruction 0 of <code object m, file \"m.py\", line 1>"
    );
    let parts = Parts {
        instructions: vec![vec![LOAD_CONST, 0], vec![LOAD_CONST, 1], vec![RETURN_VALUE]],
        max_stack_depth: 2,
        ..tiny()
    };
    assert_eq!(
        error(&file(&parts)),
        "constant index 1 out of range (1 constants) in instruction 1 of <code object m, file \"m.py\", line 1>"
    );
}

#[test]
fn bad_jumps() {
    let parts = Parts {
        instructions: vec![vec![JUMP_FORWARD, 99], vec![RETURN_VALUE]],
        ..tiny()
    };
    assert_eq!(
        error(&file(&parts)),
        "jump target 99 out of range (2 instructions) in instruction 0 of <code object m, file \"m.py\", line 1>"
    );
    let parts = Parts {
        instructions: vec![
            vec![LOAD_CONST, 0],
            vec![JUMP_BACKWARD, 2],
            vec![RETURN_VALUE],
        ],
        ..tiny()
    };
    assert_eq!(
        error(&file(&parts)),
        "JUMP_BACKWARD target 2 is after the instruction in instruction 1 of <code object m, file \"m.py\", line 1>"
    );
}

#[test]
fn stack_depth_errors() {
    let parts = Parts {
        instructions: vec![
            vec![LOAD_CONST, 0],
            vec![POP_TOP],
            vec![POP_TOP],
            vec![RETURN_VALUE],
        ],
        ..tiny()
    };
    assert_eq!(
        error(&file(&parts)),
        "stack depth goes negative at instruction 2 (POP_TOP needs 1 values, the stack has 0) \
         in <code object m, file \"m.py\", line 1>"
    );
    let parts = Parts {
        instructions: vec![
            vec![LOAD_CONST, 0],
            vec![LOAD_CONST, 0],
            vec![LOAD_CONST, 0],
            vec![BUILD_TUPLE, 3],
            vec![RETURN_VALUE],
        ],
        ..tiny()
    };
    assert_eq!(
        error(&file(&parts)),
        "stack depth 3 exceeds declared maximum 1 in <code object m, file \"m.py\", line 1>"
    );
    let parts = Parts {
        instructions: vec![vec![LOAD_CONST, 0], vec![POP_TOP]],
        ..tiny()
    };
    assert_eq!(
        error(&file(&parts)),
        "the last instruction, POP_TOP, does not end the code in instruction 1 of \
         <code object m, file \"m.py\", line 1>"
    );
}

#[test]
fn structural_errors() {
    let parts = Parts {
        locations: Some(1),
        ..tiny()
    };
    assert_eq!(
        error(&file(&parts)),
        "1 locations for 2 instructions in <code object m, file \"m.py\", line 1>"
    );
    let parts = Parts {
        exception_table: vec![1, 0, 1, 5, 0, 0],
        ..tiny()
    };
    assert_eq!(
        error(&file(&parts)),
        "exception table entry 0: handler 5 out of range (2 instructions) in <code object m, file \"m.py\", line 1>"
    );
}

#[test]
fn a_bad_nested_code_object_is_named() {
    let mut nested = code(&Parts {
        name: string(b"inner"),
        instructions: vec![vec![LOAD_NAME, 0], vec![RETURN_VALUE]],
        ..tiny()
    });
    let mut consts = vec![2, NONE, CODE];
    consts.append(&mut nested);
    let parts = Parts { consts, ..tiny() };
    let bytes = file(&parts);
    let loaded = load(&bytes).unwrap_err();
    assert_eq!(
        loaded.to_string(),
        "name index 0 out of range (0 names) in instruction 0 of <code object inner, file \"m.py\", line 1>"
    );
    // The offset is where the nested code object starts.
    assert_eq!(loaded.offset, 46);
}

#[test]
fn deep_nesting_is_refused() {
    let mut consts = vec![1];
    consts.extend(std::iter::repeat_n([TUPLE, 1], 300).flatten());
    consts.push(NONE);
    let parts = Parts { consts, ..tiny() };
    assert_eq!(
        error(&file(&parts)),
        "constants nested more than 256 deep at byte 556"
    );
}

#[test]
fn a_huge_claimed_length_fails_fast() {
    // A bytes constant claiming 1 GiB, in a file of a few dozen bytes.
    let mut consts = vec![1, BYTES];
    consts.extend_from_slice(&[0x80, 0x80, 0x80, 0x80, 0x04]);
    let parts = Parts { consts, ..tiny() };
    let started = Instant::now();
    let message = error(&file(&parts));
    assert!(started.elapsed() < Duration::from_secs(1));
    assert_eq!(
        message,
        "bytes constant length 1073741824 does not fit in the 14 bytes left at byte 45"
    );
    // The same for a count of constants, names and instructions.
    let parts = Parts {
        consts: vec![0x80, 0x80, 0x80, 0x80, 0x04],
        ..tiny()
    };
    assert_eq!(
        error(&file(&parts)),
        "constants length 1073741824 does not fit in the 14 bytes left at byte 43"
    );
    let parts = Parts {
        names: vec![0xff, 0xff, 0xff, 0xff, 0x0f],
        ..tiny()
    };
    assert_eq!(
        error(&file(&parts)),
        "names length 4294967295 does not fit in the 19 bytes left at byte 39"
    );
    let mut text = vec![STR];
    text.extend_from_slice(&[0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]);
    let parts = Parts {
        consts: [vec![1], text].concat(),
        ..tiny()
    };
    assert_eq!(
        error(&file(&parts)),
        "string constant length 18446744073709551615 does not fit in the 14 bytes left at byte 45"
    );
}
