//! The verifier's checks, each with its message pinned.

mod common;

use std::sync::Arc;

use pyvm_bytecode::{
    verify, CellIdx, CodeFlags, CodeObject, ConstIdx, Constant, Instruction, Label, LocalIdx,
    Location, MakeFunctionFlags, MAX_STACK_DEPTH,
};

use Instruction as I;

const NONE: Instruction = I::LoadConst { value: ConstIdx(0) };

/// `f` from `x.py`, with one constant (`None`), the given instructions and
/// a stack depth of 4.
fn function(instructions: Vec<Instruction>) -> CodeObject {
    let mut code = CodeObject::new("f", "x.py", 3);
    code.consts = vec![Constant::None];
    code.locations = vec![Location::line(3); instructions.len()].into();
    code.instructions = instructions;
    code.max_stack_depth = 4;
    code
}

fn message(code: &CodeObject) -> String {
    verify(code).expect_err("should not verify").to_string()
}

const WHERE: &str = "<code object f, file \"x.py\", line 3>";

#[test]
fn valid_code_verifies() {
    assert_eq!(verify(&common::sample_module()), Ok(()));
    assert_eq!(verify(&common::constants_sampler()), Ok(()));
    assert_eq!(verify(&function(vec![NONE, I::ReturnValue])), Ok(()));
}

#[test]
fn header_checks() {
    let mut code = function(vec![NONE, I::ReturnValue]);
    code.flags = CodeFlags::from_bits_retain(0x8000);
    assert_eq!(
        message(&code),
        format!("unknown code flags 0x8000 in {WHERE}")
    );
    code.flags = CodeFlags::GENERATOR | CodeFlags::COROUTINE;
    assert_eq!(
        message(&code),
        format!("flags mark the code as more than one of generator, coroutine and async generator in {WHERE}")
    );
    code.flags = CodeFlags::VARARGS;
    code.posonlyargcount = 1;
    assert_eq!(
        message(&code),
        format!("posonlyargcount 1 exceeds argcount 0 in {WHERE}")
    );
    code.argcount = 1;
    code.varnames = vec!["a".into()];
    assert_eq!(
        message(&code),
        format!("2 arguments do not fit in 1 local variables in {WHERE}")
    );
    code.varnames.push("args".into());
    assert_eq!(verify(&code), Ok(()));
}

#[test]
fn empty_code() {
    assert_eq!(
        message(&function(vec![])),
        format!("code object has no instructions in {WHERE}")
    );
}

#[test]
fn index_checks() {
    let code = function(vec![I::LoadFast { local: LocalIdx(0) }, I::ReturnValue]);
    assert_eq!(
        message(&code),
        format!(
            "local variable index 0 out of range (0 local variables) in instruction 0 of {WHERE}"
        )
    );
    let mut code = function(vec![I::LoadDeref { cell: CellIdx(2) }, I::ReturnValue]);
    code.cellvars = vec!["a".into()];
    code.freevars = vec!["b".into()];
    assert_eq!(
        message(&code),
        format!(
            "cell index 2 out of range (2 cell and free variables) in instruction 0 of {WHERE}"
        )
    );
    code.instructions[0] = I::LoadDeref { cell: CellIdx(1) };
    assert_eq!(verify(&code), Ok(()));
}

#[test]
fn jump_directions() {
    let code = function(vec![
        NONE,
        I::JumpForward { target: Label(1) },
        I::ReturnValue,
    ]);
    assert_eq!(
        message(&code),
        format!("JUMP_FORWARD target 1 is not after the instruction in instruction 1 of {WHERE}")
    );
    // Only JUMP_BACKWARD may close a loop: it is the VM's safepoint.
    let code = function(vec![
        NONE,
        I::PopJumpIfTrue { target: Label(0) },
        NONE,
        I::ReturnValue,
    ]);
    assert_eq!(
        message(&code),
        format!(
            "POP_JUMP_IF_TRUE target 0 is not after the instruction in instruction 1 of {WHERE}"
        )
    );
    // A JUMP_BACKWARD to itself is an infinite loop, but a valid one.
    let code = function(vec![I::Nop, I::JumpBackward { target: Label(1) }]);
    assert_eq!(verify(&code), Ok(()));
}

#[test]
fn operand_ranges() {
    let cases = [
        (
            I::Copy { depth: 0 },
            "COPY operand 0 is invalid (expected at least 1)",
        ),
        (
            I::Swap { depth: 1 },
            "SWAP operand 1 is invalid (expected at least 2)",
        ),
        (
            I::ListAppend { depth: 0 },
            "LIST_APPEND operand 0 is invalid (expected at least 1)",
        ),
        (
            I::BuildSlice { count: 4 },
            "BUILD_SLICE operand 4 is invalid (expected 2 or 3)",
        ),
        (
            I::RaiseVarargs { count: 3 },
            "RAISE_VARARGS operand 3 is invalid (expected 0 to 2)",
        ),
        (
            I::GetAwaitable { kind: 3 },
            "GET_AWAITABLE operand 3 is invalid (expected 0 to 2)",
        ),
        (
            I::MakeFunction {
                flags: MakeFunctionFlags::from_bits_retain(0x30),
            },
            "MAKE_FUNCTION operand 48 is invalid (expected flags 0x01 to 0x08)",
        ),
    ];
    for (instruction, expected) in cases {
        let code = function(vec![NONE, NONE, NONE, instruction, I::ReturnValue]);
        assert_eq!(
            message(&code),
            format!("{expected} in instruction 3 of {WHERE}")
        );
    }
}

#[test]
fn specialized_instructions_are_rejected() {
    let mut code = function(vec![
        I::LoadFastLoadConst { local: 0, value: 0 },
        I::LoadFast { local: LocalIdx(0) },
        NONE,
        I::ReturnValue,
    ]);
    code.varnames = vec!["x".into()];
    code.argcount = 1;
    assert_eq!(
        message(&code),
        format!(
            "LOAD_FAST__LOAD_CONST is a specialized instruction, made only by the VM \
             in instruction 0 of {WHERE}"
        )
    );
}

#[test]
fn keyword_names() {
    let call = I::CallKw {
        argc: 1,
        kw_names: ConstIdx(1),
    };
    let mut code = function(vec![I::PushNull, NONE, NONE, call, I::ReturnValue]);
    code.consts
        .push(Constant::Tuple(vec![Constant::Str("sep".into())]));
    assert_eq!(verify(&code), Ok(()));
    code.consts[1] = Constant::Tuple(vec![Constant::Str("a".into()), Constant::Str("b".into())]);
    assert_eq!(
        message(&code),
        format!("CALL_KW has 2 keyword names but only 1 arguments in instruction 3 of {WHERE}")
    );
    code.consts[1] = Constant::Tuple(vec![Constant::None]);
    assert_eq!(
        message(&code),
        format!(
            "CALL_KW keyword names (constant 1) are not a tuple of str in instruction 3 of {WHERE}"
        )
    );
    code.consts[1] = Constant::Str("sep".into());
    assert_eq!(
        message(&code),
        format!(
            "CALL_KW keyword names (constant 1) are not a tuple of str in instruction 3 of {WHERE}"
        )
    );
}

#[test]
fn stack_checks() {
    let mut code = function(vec![NONE, I::ReturnValue]);
    code.max_stack_depth = MAX_STACK_DEPTH + 1;
    assert_eq!(
        message(&code),
        format!("declared maximum stack depth 1048577 exceeds the limit 1048576 in {WHERE}")
    );
    // Two paths meet at instruction 3 with different depths.
    let code = function(vec![
        NONE,
        I::PopJumpIfTrue { target: Label(3) },
        NONE,
        I::ReturnValue,
    ]);
    assert_eq!(
        message(&code),
        format!("stack depth at instruction 3 is 0 on one path and 1 on another in {WHERE}")
    );
}

#[test]
fn exception_table_checks() {
    let mut code = function(vec![
        NONE,
        I::PopTop,
        NONE,
        I::ReturnValue,
        I::Reraise { depth: 0 },
    ]);
    code.exception_table = vec![
        common::entry(0, 2, 4, 0, false),
        common::entry(1, 3, 4, 0, false),
    ];
    assert_eq!(
        message(&code),
        format!(
            "exception table entry 1: starts at 1, before the previous entry ends at 2 in {WHERE}"
        )
    );
    code.exception_table = vec![common::entry(1, 2, 4, 1, false)];
    assert_eq!(verify(&code), Ok(()));
    // At instruction 2 the stack is empty, below the handler's depth.
    code.exception_table = vec![common::entry(1, 3, 4, 1, false)];
    assert_eq!(
        message(&code),
        format!(
            "stack depth 0 at instruction 2 is below depth 1 of its exception handler (entry 0) in {WHERE}"
        )
    );
}

#[test]
fn nested_code_objects_are_verified_and_named() {
    let mut inner = function(vec![I::LoadFast { local: LocalIdx(3) }, I::ReturnValue]);
    inner.name = "inner".into();
    let mut outer = function(vec![NONE, I::ReturnValue]);
    // Even inside a tuple constant.
    outer
        .consts
        .push(Constant::Tuple(vec![Constant::Code(Arc::new(inner))]));
    assert_eq!(
        message(&outer),
        "local variable index 3 out of range (0 local variables) in instruction 0 of \
         <code object inner, file \"x.py\", line 3>"
    );
}
