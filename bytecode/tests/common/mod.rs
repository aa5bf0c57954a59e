//! Hand-built code objects shared by the integration tests.

#![allow(dead_code)]

use std::sync::Arc;

use pyvm_bytecode::{
    max_stack_depth, BigInt, BinaryOperator, CellIdx, CodeFlags, CodeObject, ComparisonOperator,
    ConstIdx, Constant, ExceptionTableEntry, Instruction, Int, Label, LocalIdx, Location,
    MakeFunctionFlags, Name, NameIdx,
};

use Instruction as I;

/// A code object from `(line, instruction)` pairs, each instruction given
/// the whole line as its location (columns 0 to 8), with its stack depth
/// computed.
pub fn code(
    name: &str,
    firstlineno: u32,
    lines_and_instructions: Vec<(u32, Instruction)>,
    exception_table: Vec<ExceptionTableEntry>,
) -> CodeObject {
    let mut code = CodeObject::new(name, "/tmp/d1.py", firstlineno);
    code.locations = lines_and_instructions
        .iter()
        .map(|(line, _)| Location::new(*line, 4, *line, 12))
        .collect();
    code.instructions = lines_and_instructions.into_iter().map(|(_, i)| i).collect();
    code.max_stack_depth = max_stack_depth(&code.instructions, &exception_table)
        .unwrap_or_else(|error| panic!("{name}: {error}"));
    code.exception_table = exception_table;
    code
}

/// An exception table entry.
pub fn entry(start: u32, end: u32, target: u32, depth: u32, lasti: bool) -> ExceptionTableEntry {
    ExceptionTableEntry {
        start,
        end,
        target: Label(target),
        depth,
        lasti,
    }
}

fn name(index: u32) -> NameIdx {
    NameIdx(index)
}

fn konst(index: u32) -> ConstIdx {
    ConstIdx(index)
}

fn local(index: u32) -> LocalIdx {
    LocalIdx(index)
}

fn int(value: i64) -> Constant {
    Constant::Int(Int::Small(value))
}

/// pyvm's compilation of this module (CPython 3.11's, less `RESUME`,
/// `PRECALL`, `MAKE_CELL`, `COPY_FREE_VARS` and caches):
///
/// ```python
/// def f(a, b=1, *args, c, **kw):
///     x = a + b
///     try:
///         print(x)
///     except ValueError as e:
///         return e
///     for i in range(10):
///         if i > 3:
///             break
///     g = lambda: x
///     return (x, 1.5, -0.0, 'abc', b'x', None, ...)
///
/// class C:
///     pass
///
/// x = f(1, c=2)
/// y = [i for i in range(3)]
/// z = x < 3
/// w = 10**30
/// ```
pub fn sample_module() -> CodeObject {
    let mut lambda = code(
        "<lambda>",
        10,
        vec![
            (10, I::LoadDeref { cell: CellIdx(0) }),
            (10, I::ReturnValue),
        ],
        vec![],
    );
    lambda.qualname = "f.<locals>.<lambda>".into();
    lambda.freevars = vec!["x".into()];
    lambda.flags = CodeFlags::OPTIMIZED | CodeFlags::NEWLOCALS | CodeFlags::NESTED;

    let mut f = code(
        "f",
        1,
        vec![
            (2, I::LoadFast { local: local(0) }),
            (2, I::LoadFast { local: local(1) }),
            (
                2,
                I::BinaryOp {
                    op: BinaryOperator::Add,
                },
            ),
            (2, I::StoreDeref { cell: CellIdx(0) }),
            (3, I::Nop),
            (
                4,
                I::LoadGlobal {
                    name: name(0),
                    push_null: true,
                },
            ),
            (4, I::LoadDeref { cell: CellIdx(0) }),
            (4, I::Call { argc: 1 }),
            (4, I::PopTop),
            (4, I::JumpForward { target: Label(30) }),
            (4, I::PushExcInfo),
            (
                5,
                I::LoadGlobal {
                    name: name(1),
                    push_null: false,
                },
            ),
            (5, I::CheckExcMatch),
            (5, I::PopJumpIfFalse { target: Label(26) }),
            (5, I::StoreFast { local: local(5) }),
            (6, I::LoadFast { local: local(5) }),
            (6, I::Swap { depth: 2 }),
            (6, I::PopExcept),
            (6, I::LoadConst { value: konst(0) }),
            (6, I::StoreFast { local: local(5) }),
            (6, I::DeleteFast { local: local(5) }),
            (6, I::ReturnValue),
            (6, I::LoadConst { value: konst(0) }),
            (6, I::StoreFast { local: local(5) }),
            (6, I::DeleteFast { local: local(5) }),
            (6, I::Reraise { depth: 1 }),
            (5, I::Reraise { depth: 0 }),
            (5, I::Copy { depth: 3 }),
            (5, I::PopExcept),
            (5, I::Reraise { depth: 1 }),
            (
                7,
                I::LoadGlobal {
                    name: name(2),
                    push_null: true,
                },
            ),
            (7, I::LoadConst { value: konst(1) }),
            (7, I::Call { argc: 1 }),
            (7, I::GetIter),
            (7, I::ForIter { target: Label(43) }),
            (7, I::StoreFast { local: local(6) }),
            (8, I::LoadFast { local: local(6) }),
            (8, I::LoadConst { value: konst(2) }),
            (
                8,
                I::CompareOp {
                    op: ComparisonOperator::Greater,
                },
            ),
            (8, I::PopJumpIfFalse { target: Label(42) }),
            (9, I::PopTop),
            (9, I::JumpForward { target: Label(43) }),
            (8, I::JumpBackward { target: Label(34) }),
            (10, I::LoadClosure { cell: CellIdx(0) }),
            (10, I::BuildTuple { count: 1 }),
            (10, I::LoadConst { value: konst(3) }),
            (
                10,
                I::MakeFunction {
                    flags: MakeFunctionFlags::CLOSURE,
                },
            ),
            (10, I::StoreFast { local: local(7) }),
            (11, I::LoadDeref { cell: CellIdx(0) }),
            (11, I::LoadConst { value: konst(4) }),
            (11, I::LoadConst { value: konst(5) }),
            (11, I::LoadConst { value: konst(6) }),
            (11, I::LoadConst { value: konst(7) }),
            (11, I::LoadConst { value: konst(0) }),
            (11, I::LoadConst { value: konst(8) }),
            (11, I::BuildTuple { count: 7 }),
            (11, I::ReturnValue),
        ],
        vec![
            entry(5, 9, 10, 0, false),
            entry(10, 15, 27, 1, true),
            entry(15, 16, 22, 1, true),
            entry(16, 17, 27, 1, true),
            entry(22, 27, 27, 1, true),
        ],
    );
    f.argcount = 2;
    f.kwonlyargcount = 1;
    f.flags =
        CodeFlags::OPTIMIZED | CodeFlags::NEWLOCALS | CodeFlags::VARARGS | CodeFlags::VARKEYWORDS;
    f.names = vec!["print".into(), "ValueError".into(), "range".into()];
    f.varnames = ["a", "b", "c", "args", "kw", "e", "i", "g"]
        .map(Name::from)
        .to_vec();
    f.cellvars = vec!["x".into()];
    f.consts = vec![
        Constant::None,
        int(10),
        int(3),
        Constant::Code(Arc::new(lambda)),
        Constant::Float(1.5),
        Constant::Float(-0.0),
        Constant::Str("abc".into()),
        Constant::Bytes(b"x".to_vec()),
        Constant::Ellipsis,
    ];

    let mut class = code(
        "C",
        13,
        vec![
            (13, I::LoadName { name: name(0) }),
            (13, I::StoreName { name: name(1) }),
            (13, I::LoadConst { value: konst(0) }),
            (13, I::StoreName { name: name(2) }),
            (14, I::LoadConst { value: konst(1) }),
            (14, I::ReturnValue),
        ],
        vec![],
    );
    class.names = ["__name__", "__module__", "__qualname__"]
        .map(Name::from)
        .to_vec();
    class.consts = vec![Constant::Str("C".into()), Constant::None];

    let mut listcomp = code(
        "<listcomp>",
        17,
        vec![
            (17, I::BuildList { count: 0 }),
            (17, I::LoadFast { local: local(0) }),
            (17, I::ForIter { target: Label(7) }),
            (17, I::StoreFast { local: local(1) }),
            (17, I::LoadFast { local: local(1) }),
            (17, I::ListAppend { depth: 2 }),
            (17, I::JumpBackward { target: Label(2) }),
            (17, I::ReturnValue),
        ],
        vec![],
    );
    listcomp.argcount = 1;
    listcomp.varnames = vec![".0".into(), "i".into()];
    listcomp.flags = CodeFlags::OPTIMIZED | CodeFlags::NEWLOCALS | CodeFlags::NESTED;

    let mut module = code(
        "<module>",
        1,
        vec![
            (1, I::LoadConst { value: konst(0) }),
            (1, I::LoadConst { value: konst(1) }),
            (
                1,
                I::MakeFunction {
                    flags: MakeFunctionFlags::DEFAULTS,
                },
            ),
            (1, I::StoreName { name: name(0) }),
            (13, I::PushNull),
            (13, I::LoadBuildClass),
            (13, I::LoadConst { value: konst(2) }),
            (
                13,
                I::MakeFunction {
                    flags: MakeFunctionFlags::empty(),
                },
            ),
            (13, I::LoadConst { value: konst(3) }),
            (13, I::Call { argc: 2 }),
            (13, I::StoreName { name: name(1) }),
            (16, I::PushNull),
            (16, I::LoadName { name: name(0) }),
            (16, I::LoadConst { value: konst(4) }),
            (16, I::LoadConst { value: konst(5) }),
            (
                16,
                I::CallKw {
                    argc: 2,
                    kw_names: konst(6),
                },
            ),
            (16, I::StoreName { name: name(2) }),
            (17, I::LoadConst { value: konst(7) }),
            (
                17,
                I::MakeFunction {
                    flags: MakeFunctionFlags::empty(),
                },
            ),
            (17, I::PushNull),
            (17, I::LoadName { name: name(3) }),
            (17, I::LoadConst { value: konst(8) }),
            (17, I::Call { argc: 1 }),
            (17, I::GetIter),
            (17, I::Call { argc: 0 }),
            (17, I::StoreName { name: name(4) }),
            (18, I::LoadName { name: name(2) }),
            (18, I::LoadConst { value: konst(8) }),
            (
                18,
                I::CompareOp {
                    op: ComparisonOperator::Less,
                },
            ),
            (18, I::StoreName { name: name(5) }),
            (19, I::LoadConst { value: konst(9) }),
            (19, I::StoreName { name: name(6) }),
            (19, I::LoadConst { value: konst(10) }),
            (19, I::ReturnValue),
        ],
        vec![],
    );
    module.names = ["f", "C", "x", "range", "y", "z", "w"]
        .map(Name::from)
        .to_vec();
    module.consts = vec![
        Constant::Tuple(vec![int(1)]),
        Constant::Code(Arc::new(f)),
        Constant::Code(Arc::new(class)),
        Constant::Str("C".into()),
        int(1),
        int(2),
        Constant::Tuple(vec![Constant::Str("c".into())]),
        Constant::Code(Arc::new(listcomp)),
        int(3),
        Constant::Int(Int::from_bigint(BigInt::from(10u8).pow(30))),
        Constant::None,
    ];
    module
}

/// A function whose constants hold one of each kind, for round trips.
pub fn constants_sampler() -> CodeObject {
    let mut code = code(
        "constants",
        1000,
        vec![
            (1000, I::LoadConst { value: konst(0) }),
            (1001, I::ReturnValue),
        ],
        vec![],
    );
    code.consts = vec![
        Constant::None,
        Constant::Bool(true),
        Constant::Bool(false),
        int(0),
        int(-1),
        int(i64::MIN),
        int(i64::MAX),
        Constant::Int(Int::from_bigint(BigInt::from(i64::MAX) + BigInt::from(1))),
        Constant::Int(Int::from_bigint(-BigInt::from(7u8).pow(100))),
        Constant::Float(f64::NAN),
        Constant::Float(-0.0),
        Constant::Float(f64::INFINITY),
        Constant::Float(5e-324),
        Constant::Complex {
            real: -0.0,
            imag: f64::NAN,
        },
        Constant::Str(String::new()),
        Constant::Str("héllo \u{1F600}\0".into()),
        Constant::StrWithSurrogates(vec![0x61, 0xD800, 0x10FFFF]),
        Constant::Bytes((0..=255).collect()),
        Constant::Tuple(vec![]),
        Constant::Tuple(vec![
            Constant::Tuple(vec![int(1), Constant::Ellipsis]),
            Constant::None,
        ]),
        Constant::FrozenSet(vec![Constant::Str("a".into()), int(2)]),
        Constant::FrozenSet(vec![]),
        Constant::Ellipsis,
    ];
    code.locations.as_mut_vec()[1] = Location::NONE;
    code
}
