//! The instruction set: one enum variant per operation, with named, typed
//! operands.
//!
//! pyvm's instructions follow CPython 3.11's where the meaning is the same
//! and keep their names (`LoadFast` is `LOAD_FAST`). The differences come
//! from pyvm having no byte encoding to squeeze:
//!
//! - no `RESUME`, `CACHE`, `EXTENDED_ARG`, `PRECALL`, `KW_NAMES`,
//!   `MAKE_CELL`, `COPY_FREE_VARS` or `RETURN_GENERATOR`: the VM creates
//!   cells and copies the closure when it enters a frame, and makes a
//!   generator, coroutine or async generator from the code flags;
//! - jumps hold the absolute index of their target instruction
//!   ([`Label`]); there is one conditional jump per condition instead of
//!   CPython's forward and backward pair, and only [`Instruction::JumpBackward`]
//!   may jump backward (the verifier checks it), so every loop passes the
//!   VM's safepoint;
//! - operands CPython packs into one integer are separate fields
//!   (`LoadGlobal { name, push_null }`, `FormatValue { conversion, has_spec }`);
//! - a keyword call is one instruction, [`Instruction::CallKw`].
//!
//! An instruction is 8 bytes, which the VM's dispatch relies on.
//!
//! # Table
//!
//! "Stack" gives the values an instruction needs on top of the stack and
//! what it leaves there (`2 → 1`: pops two, pushes one). For branches the
//! two outcomes are given as "jump / no jump". The net effect is
//! CPython 3.11's `dis.stack_effect` for the counterpart instruction; see
//! [`Instruction::stack_effect`] and [`Instruction::stack_inputs`].
//!
//! | instruction | operands | stack | CPython 3.11 |
//! |---|---|---|---|
//! | `Nop` | | 0 → 0 | `NOP` |
//! | `PopTop` | | 1 → 0 | `POP_TOP` |
//! | `PushNull` | | 0 → 1 | `PUSH_NULL` |
//! | `Copy` | `depth: u32` (≥ 1) | depth → depth + 1 | `COPY` |
//! | `Swap` | `depth: u32` (≥ 2) | depth → depth | `SWAP` |
//! | `LoadConst` | `value: ConstIdx` | 0 → 1 | `LOAD_CONST` |
//! | `LoadName` | `name: NameIdx` | 0 → 1 | `LOAD_NAME` |
//! | `StoreName` | `name: NameIdx` | 1 → 0 | `STORE_NAME` |
//! | `DeleteName` | `name: NameIdx` | 0 → 0 | `DELETE_NAME` |
//! | `LoadGlobal` | `name: NameIdx, push_null: bool` | 0 → 1 + push_null | `LOAD_GLOBAL` (`push_null` is the low bit) |
//! | `StoreGlobal` | `name: NameIdx` | 1 → 0 | `STORE_GLOBAL` |
//! | `DeleteGlobal` | `name: NameIdx` | 0 → 0 | `DELETE_GLOBAL` |
//! | `LoadFast` | `local: LocalIdx` | 0 → 1 | `LOAD_FAST` |
//! | `StoreFast` | `local: LocalIdx` | 1 → 0 | `STORE_FAST` |
//! | `DeleteFast` | `local: LocalIdx` | 0 → 0 | `DELETE_FAST` |
//! | `LoadDeref` | `cell: CellIdx` | 0 → 1 | `LOAD_DEREF` |
//! | `StoreDeref` | `cell: CellIdx` | 1 → 0 | `STORE_DEREF` |
//! | `DeleteDeref` | `cell: CellIdx` | 0 → 0 | `DELETE_DEREF` |
//! | `LoadClosure` | `cell: CellIdx` | 0 → 1 | `LOAD_CLOSURE` |
//! | `LoadClassDeref` | `cell: CellIdx` | 0 → 1 | `LOAD_CLASSDEREF` |
//! | `LoadAttr` | `name: NameIdx` | 1 → 1 | `LOAD_ATTR` |
//! | `StoreAttr` | `name: NameIdx` | 2 → 0 | `STORE_ATTR` |
//! | `DeleteAttr` | `name: NameIdx` | 1 → 0 | `DELETE_ATTR` |
//! | `LoadMethod` | `name: NameIdx` | 1 → 2 | `LOAD_METHOD` |
//! | `UnaryPositive` | | 1 → 1 | `UNARY_POSITIVE` |
//! | `UnaryNegative` | | 1 → 1 | `UNARY_NEGATIVE` |
//! | `UnaryNot` | | 1 → 1 | `UNARY_NOT` |
//! | `UnaryInvert` | | 1 → 1 | `UNARY_INVERT` |
//! | `BinaryOp` | `op: BinaryOperator` | 2 → 1 | `BINARY_OP` |
//! | `CompareOp` | `op: ComparisonOperator` | 2 → 1 | `COMPARE_OP` |
//! | `IsOp` | `invert: bool` | 2 → 1 | `IS_OP` |
//! | `ContainsOp` | `invert: bool` | 2 → 1 | `CONTAINS_OP` |
//! | `BinarySubscr` | | 2 → 1 | `BINARY_SUBSCR` |
//! | `StoreSubscr` | | 3 → 0 | `STORE_SUBSCR` |
//! | `DeleteSubscr` | | 2 → 0 | `DELETE_SUBSCR` |
//! | `BuildSlice` | `count: u32` (2 or 3) | count → 1 | `BUILD_SLICE` |
//! | `BuildTuple` | `count: u32` | count → 1 | `BUILD_TUPLE` |
//! | `BuildList` | `count: u32` | count → 1 | `BUILD_LIST` |
//! | `BuildSet` | `count: u32` | count → 1 | `BUILD_SET` |
//! | `BuildMap` | `count: u32` | 2 × count → 1 | `BUILD_MAP` |
//! | `BuildString` | `count: u32` | count → 1 | `BUILD_STRING` |
//! | `BuildConstKeyMap` | `count: u32` | count + 1 → 1 | `BUILD_CONST_KEY_MAP` |
//! | `ListAppend` | `depth: u32` (≥ 1) | depth + 1 → depth | `LIST_APPEND` |
//! | `SetAdd` | `depth: u32` (≥ 1) | depth + 1 → depth | `SET_ADD` |
//! | `MapAdd` | `depth: u32` (≥ 1) | depth + 2 → depth | `MAP_ADD` |
//! | `ListExtend` | `depth: u32` (≥ 1) | depth + 1 → depth | `LIST_EXTEND` |
//! | `SetUpdate` | `depth: u32` (≥ 1) | depth + 1 → depth | `SET_UPDATE` |
//! | `DictUpdate` | `depth: u32` (≥ 1) | depth + 1 → depth | `DICT_UPDATE` |
//! | `DictMerge` | `depth: u32` (≥ 1) | depth + 1 → depth | `DICT_MERGE` |
//! | `ListToTuple` | | 1 → 1 | `LIST_TO_TUPLE` |
//! | `UnpackSequence` | `count: u32` | 1 → count | `UNPACK_SEQUENCE` |
//! | `UnpackEx` | `before: u8, after: u32` | 1 → before + 1 + after | `UNPACK_EX` |
//! | `JumpForward` | `target: Label` (after it) | 0 → 0, always jumps | `JUMP_FORWARD` |
//! | `JumpBackward` | `target: Label` (at or before it) | 0 → 0, always jumps | `JUMP_BACKWARD` |
//! | `PopJumpIfFalse` | `target: Label` | 1 → 0 / 1 → 0 | `POP_JUMP_FORWARD_IF_FALSE` |
//! | `PopJumpIfTrue` | `target: Label` | 1 → 0 / 1 → 0 | `POP_JUMP_FORWARD_IF_TRUE` |
//! | `PopJumpIfNone` | `target: Label` | 1 → 0 / 1 → 0 | `POP_JUMP_FORWARD_IF_NONE` |
//! | `PopJumpIfNotNone` | `target: Label` | 1 → 0 / 1 → 0 | `POP_JUMP_FORWARD_IF_NOT_NONE` |
//! | `JumpIfTrueOrPop` | `target: Label` | 1 → 1 / 1 → 0 | `JUMP_IF_TRUE_OR_POP` |
//! | `JumpIfFalseOrPop` | `target: Label` | 1 → 1 / 1 → 0 | `JUMP_IF_FALSE_OR_POP` |
//! | `GetIter` | | 1 → 1 | `GET_ITER` |
//! | `GetYieldFromIter` | | 1 → 1 | `GET_YIELD_FROM_ITER` |
//! | `ForIter` | `target: Label` | 1 → 0 (exhausted) / 1 → 2 | `FOR_ITER` |
//! | `ReturnValue` | | 1 → 0, leaves the frame | `RETURN_VALUE` |
//! | `Call` | `argc: u32` | argc + 2 → 1 | `PRECALL` + `CALL` |
//! | `CallKw` | `argc: u16, kw_names: ConstIdx` | argc + 2 → 1 | `KW_NAMES` + `PRECALL` + `CALL` |
//! | `CallFunctionEx` | `has_kwargs: bool` | 3 + has_kwargs → 1 | `CALL_FUNCTION_EX` |
//! | `MakeFunction` | `flags: MakeFunctionFlags` | 1 + flags → 1 | `MAKE_FUNCTION` |
//! | `LoadBuildClass` | | 0 → 1 | `LOAD_BUILD_CLASS` |
//! | `RaiseVarargs` | `count: u32` (0 to 2) | count → 0, leaves | `RAISE_VARARGS` |
//! | `PushExcInfo` | | 1 → 2 | `PUSH_EXC_INFO` |
//! | `PopExcept` | | 1 → 0 | `POP_EXCEPT` |
//! | `Reraise` | `depth: u32` | 1 + depth → 0, leaves | `RERAISE` |
//! | `CheckExcMatch` | | 2 → 2 | `CHECK_EXC_MATCH` |
//! | `CheckEgMatch` | | 2 → 2 | `CHECK_EG_MATCH` |
//! | `PrepReraiseStar` | | 2 → 1 | `PREP_RERAISE_STAR` |
//! | `WithExceptStart` | | 4 → 5 | `WITH_EXCEPT_START` |
//! | `BeforeWith` | | 1 → 2 | `BEFORE_WITH` |
//! | `BeforeAsyncWith` | | 1 → 2 | `BEFORE_ASYNC_WITH` |
//! | `LoadAssertionError` | | 0 → 1 | `LOAD_ASSERTION_ERROR` |
//! | `YieldValue` | | 1 → 1 | `YIELD_VALUE` |
//! | `Send` | `target: Label` | 2 → 1 (returned) / 2 → 2 | `SEND` |
//! | `GetAwaitable` | `kind: u8` (0 to 2) | 1 → 1 | `GET_AWAITABLE` |
//! | `GetAiter` | | 1 → 1 | `GET_AITER` |
//! | `GetAnext` | | 1 → 2 | `GET_ANEXT` |
//! | `EndAsyncFor` | | 2 → 0 | `END_ASYNC_FOR` |
//! | `AsyncGenWrap` | | 1 → 1 | `ASYNC_GEN_WRAP` |
//! | `ImportName` | `name: NameIdx` | 2 → 1 | `IMPORT_NAME` |
//! | `ImportFrom` | `name: NameIdx` | 1 → 2 | `IMPORT_FROM` |
//! | `ImportStar` | | 1 → 0 | `IMPORT_STAR` |
//! | `SetupAnnotations` | | 0 → 0 | `SETUP_ANNOTATIONS` |
//! | `PrintExpr` | | 1 → 0 | `PRINT_EXPR` |
//! | `FormatValue` | `conversion: Conversion, has_spec: bool` | 1 + has_spec → 1 | `FORMAT_VALUE` |
//! | `MatchClass` | `count: u32` | 3 → 1 | `MATCH_CLASS` |
//! | `MatchKeys` | | 2 → 3 | `MATCH_KEYS` |
//! | `MatchMapping` | | 1 → 2 | `MATCH_MAPPING` |
//! | `MatchSequence` | | 1 → 2 | `MATCH_SEQUENCE` |
//! | `GetLen` | | 1 → 2 | `GET_LEN` |
//!
//! ## Specialized instructions
//!
//! CPython 3.11's superinstructions: a pair of instructions the VM runs as
//! one. The VM makes them in its own copy of a code object's instructions,
//! each in place of the first of its pair, with the second left where it
//! was and skipped; so a jump to the second still finds it, and the VM can
//! run the first alone when the pair's fast path does not apply. Compilers
//! never emit them and the verifier rejects them
//! ([`Instruction::is_specialized`]).
//!
//! | instruction | operands | stack | CPython |
//! |---|---|---|---|
//! | `LoadFastLoadFast` | `first: u16, second: u16` | 0 → 2 | `LOAD_FAST__LOAD_FAST` |
//! | `LoadFastLoadConst` | `local: u16, value: u16` | 0 → 2 | `LOAD_FAST__LOAD_CONST` |
//!
//! "leaves" marks instructions that end the frame's straight-line flow
//! (return, raise); with `JumpForward` and `JumpBackward` they are the ones
//! that never fall through to the next instruction.

use crate::operand::{
    BinaryOperator, CellIdx, ComparisonOperator, ConstIdx, Conversion, Label, LocalIdx,
    MakeFunctionFlags, NameIdx,
};

/// One pyvm instruction. See the [module documentation](self) for the
/// table of operands, stack effects and CPython counterparts.
///
/// "TOS" is the top of the value stack, as in CPython's documentation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Instruction {
    /// Does nothing; keeps a line number where a statement compiles to no
    /// code (CPython `NOP`).
    Nop,
    /// Pops TOS (CPython `POP_TOP`).
    PopTop,
    /// Pushes a NULL marker, the "no self" half of a call's callable pair
    /// (CPython `PUSH_NULL`).
    PushNull,
    /// Pushes a copy of the `depth`-th item from the top, 1 being TOS
    /// (CPython `COPY`).
    Copy {
        /// Which item, counting from 1 at the top.
        depth: u32,
    },
    /// Swaps TOS with the `depth`-th item from the top, 1 being TOS
    /// (CPython `SWAP`).
    Swap {
        /// Which item, counting from 1 at the top; at least 2.
        depth: u32,
    },

    /// Pushes a constant (CPython `LOAD_CONST`).
    LoadConst {
        /// The constant.
        value: ConstIdx,
    },
    /// Pushes a name looked up in locals, globals, then builtins (module and
    /// class bodies; CPython `LOAD_NAME`).
    LoadName {
        /// The name.
        name: NameIdx,
    },
    /// Pops TOS into the local namespace (CPython `STORE_NAME`).
    StoreName {
        /// The name.
        name: NameIdx,
    },
    /// Deletes a name from the local namespace (CPython `DELETE_NAME`).
    DeleteName {
        /// The name.
        name: NameIdx,
    },
    /// Pushes a global (or builtin), preceded by NULL when `push_null`
    /// (CPython `LOAD_GLOBAL`, whose oparg low bit is `push_null`).
    LoadGlobal {
        /// The name.
        name: NameIdx,
        /// Push NULL first, for a call of the global.
        push_null: bool,
    },
    /// Pops TOS into a global (CPython `STORE_GLOBAL`).
    StoreGlobal {
        /// The name.
        name: NameIdx,
    },
    /// Deletes a global (CPython `DELETE_GLOBAL`).
    DeleteGlobal {
        /// The name.
        name: NameIdx,
    },
    /// Pushes a fast local; unbound raises `UnboundLocalError`
    /// (CPython `LOAD_FAST`).
    LoadFast {
        /// The local.
        local: LocalIdx,
    },
    /// Pops TOS into a fast local (CPython `STORE_FAST`).
    StoreFast {
        /// The local.
        local: LocalIdx,
    },
    /// Unbinds a fast local (CPython `DELETE_FAST`).
    DeleteFast {
        /// The local.
        local: LocalIdx,
    },
    /// Pushes the contents of a cell (CPython `LOAD_DEREF`).
    LoadDeref {
        /// The cell or free variable.
        cell: CellIdx,
    },
    /// Pops TOS into a cell (CPython `STORE_DEREF`).
    StoreDeref {
        /// The cell or free variable.
        cell: CellIdx,
    },
    /// Empties a cell (CPython `DELETE_DEREF`).
    DeleteDeref {
        /// The cell or free variable.
        cell: CellIdx,
    },
    /// Pushes the cell itself, to build a closure (CPython `LOAD_CLOSURE`).
    LoadClosure {
        /// The cell or free variable.
        cell: CellIdx,
    },
    /// In a class body: pushes the name from the class namespace if bound
    /// there, else the cell's contents (CPython `LOAD_CLASSDEREF`).
    LoadClassDeref {
        /// The free variable.
        cell: CellIdx,
    },

    /// Replaces TOS with `TOS.name` (CPython `LOAD_ATTR`).
    LoadAttr {
        /// The attribute name.
        name: NameIdx,
    },
    /// `TOS.name = TOS1`, popping both (CPython `STORE_ATTR`).
    StoreAttr {
        /// The attribute name.
        name: NameIdx,
    },
    /// `del TOS.name` (CPython `DELETE_ATTR`).
    DeleteAttr {
        /// The attribute name.
        name: NameIdx,
    },
    /// Replaces TOS with `[method, self]` when `TOS.name` is a plain method
    /// found on the type, else with `[NULL, TOS.name]`, ready for
    /// [`Instruction::Call`] (CPython `LOAD_METHOD`).
    LoadMethod {
        /// The method name.
        name: NameIdx,
    },

    /// `+TOS` (CPython `UNARY_POSITIVE`).
    UnaryPositive,
    /// `-TOS` (CPython `UNARY_NEGATIVE`).
    UnaryNegative,
    /// `not TOS` (CPython `UNARY_NOT`).
    UnaryNot,
    /// `~TOS` (CPython `UNARY_INVERT`).
    UnaryInvert,
    /// `TOS1 op TOS` (CPython `BINARY_OP`).
    BinaryOp {
        /// The operator, possibly an in-place form.
        op: BinaryOperator,
    },
    /// `TOS1 op TOS` for a rich comparison (CPython `COMPARE_OP`).
    CompareOp {
        /// The comparison.
        op: ComparisonOperator,
    },
    /// `TOS1 is TOS`, or `is not` when `invert` (CPython `IS_OP`).
    IsOp {
        /// `is not`.
        invert: bool,
    },
    /// `TOS1 in TOS`, or `not in` when `invert` (CPython `CONTAINS_OP`).
    ContainsOp {
        /// `not in`.
        invert: bool,
    },
    /// `TOS1[TOS]` (CPython `BINARY_SUBSCR`).
    BinarySubscr,
    /// `TOS1[TOS] = TOS2` (CPython `STORE_SUBSCR`).
    StoreSubscr,
    /// `del TOS1[TOS]` (CPython `DELETE_SUBSCR`).
    DeleteSubscr,
    /// Builds `slice(start, stop)` or `slice(start, stop, step)`
    /// (CPython `BUILD_SLICE`).
    BuildSlice {
        /// 2 or 3.
        count: u32,
    },

    /// Builds a tuple from the top `count` items (CPython `BUILD_TUPLE`).
    BuildTuple {
        /// Number of items.
        count: u32,
    },
    /// Builds a list from the top `count` items (CPython `BUILD_LIST`).
    BuildList {
        /// Number of items.
        count: u32,
    },
    /// Builds a set from the top `count` items (CPython `BUILD_SET`).
    BuildSet {
        /// Number of items.
        count: u32,
    },
    /// Builds a dict from `count` key, value pairs (CPython `BUILD_MAP`).
    BuildMap {
        /// Number of pairs.
        count: u32,
    },
    /// Concatenates the top `count` strings (CPython `BUILD_STRING`).
    BuildString {
        /// Number of strings.
        count: u32,
    },
    /// Builds a dict from `count` values and TOS, a tuple of `count` keys
    /// (CPython `BUILD_CONST_KEY_MAP`).
    BuildConstKeyMap {
        /// Number of pairs.
        count: u32,
    },
    /// Pops TOS and appends it to the list `depth` items down
    /// (CPython `LIST_APPEND`, for comprehensions).
    ListAppend {
        /// Where the list is after the pop, 1 being TOS.
        depth: u32,
    },
    /// Pops TOS and adds it to the set `depth` items down (CPython `SET_ADD`).
    SetAdd {
        /// Where the set is after the pop, 1 being TOS.
        depth: u32,
    },
    /// Pops a key (TOS1) and value (TOS) into the dict `depth` items down
    /// (CPython `MAP_ADD`).
    MapAdd {
        /// Where the dict is after the pops, 1 being TOS.
        depth: u32,
    },
    /// Pops an iterable and extends the list `depth` items down
    /// (CPython `LIST_EXTEND`).
    ListExtend {
        /// Where the list is after the pop, 1 being TOS.
        depth: u32,
    },
    /// Pops an iterable and updates the set `depth` items down
    /// (CPython `SET_UPDATE`).
    SetUpdate {
        /// Where the set is after the pop, 1 being TOS.
        depth: u32,
    },
    /// Pops a mapping and updates the dict `depth` items down
    /// (CPython `DICT_UPDATE`, for `{**m}`).
    DictUpdate {
        /// Where the dict is after the pop, 1 being TOS.
        depth: u32,
    },
    /// As [`Instruction::DictUpdate`] but raises on duplicate keys
    /// (CPython `DICT_MERGE`, for `f(**m)`).
    DictMerge {
        /// Where the dict is after the pop, 1 being TOS.
        depth: u32,
    },
    /// Replaces the list TOS with a tuple (CPython `LIST_TO_TUPLE`).
    ListToTuple,
    /// Unpacks TOS into exactly `count` items, the first on top
    /// (CPython `UNPACK_SEQUENCE`).
    UnpackSequence {
        /// Number of targets.
        count: u32,
    },
    /// Unpacks TOS for a starred target: `before` items, a list of the
    /// rest, `after` items (CPython `UNPACK_EX`, whose oparg is
    /// `before | after << 8`).
    UnpackEx {
        /// Targets before the starred one.
        before: u8,
        /// Targets after the starred one.
        after: u32,
    },

    /// Continues at a later instruction (CPython `JUMP_FORWARD`).
    JumpForward {
        /// A later instruction.
        target: Label,
    },
    /// Continues at this or an earlier instruction, after a safepoint: the
    /// VM may collect garbage and check for interrupts here (CPython
    /// `JUMP_BACKWARD`, which checks the eval breaker).
    JumpBackward {
        /// This or an earlier instruction.
        target: Label,
    },
    /// Pops TOS and jumps if it is false (CPython
    /// `POP_JUMP_FORWARD_IF_FALSE`).
    PopJumpIfFalse {
        /// A later instruction.
        target: Label,
    },
    /// Pops TOS and jumps if it is true (CPython `POP_JUMP_FORWARD_IF_TRUE`).
    PopJumpIfTrue {
        /// A later instruction.
        target: Label,
    },
    /// Pops TOS and jumps if it is `None` (CPython
    /// `POP_JUMP_FORWARD_IF_NONE`).
    PopJumpIfNone {
        /// A later instruction.
        target: Label,
    },
    /// Pops TOS and jumps if it is not `None` (CPython
    /// `POP_JUMP_FORWARD_IF_NOT_NONE`).
    PopJumpIfNotNone {
        /// A later instruction.
        target: Label,
    },
    /// Jumps keeping TOS if it is true, else pops it (CPython
    /// `JUMP_IF_TRUE_OR_POP`, for `or`).
    JumpIfTrueOrPop {
        /// A later instruction.
        target: Label,
    },
    /// Jumps keeping TOS if it is false, else pops it (CPython
    /// `JUMP_IF_FALSE_OR_POP`, for `and`).
    JumpIfFalseOrPop {
        /// A later instruction.
        target: Label,
    },
    /// Replaces TOS with `iter(TOS)` (CPython `GET_ITER`).
    GetIter,
    /// Replaces TOS with an iterator for `yield from`: coroutines stay as
    /// they are (CPython `GET_YIELD_FROM_ITER`).
    GetYieldFromIter,
    /// Pushes the next item of the iterator TOS; when it is exhausted, pops
    /// the iterator and jumps (CPython `FOR_ITER`).
    ForIter {
        /// A later instruction: the loop exit.
        target: Label,
    },
    /// Returns TOS from the frame (CPython `RETURN_VALUE`).
    ReturnValue,

    /// Calls with `argc` positional arguments. Below them are
    /// `[NULL, callable]` or `[callable, self]`; with `self`, it is passed
    /// as an extra first argument (CPython 3.11's `PRECALL` + `CALL`).
    Call {
        /// Number of arguments, not counting `self`.
        argc: u32,
    },
    /// As [`Instruction::Call`], with the last `len(kw_names)` arguments
    /// passed by keyword (pyvm's own: CPython's `KW_NAMES` + `PRECALL` +
    /// `CALL` in one instruction).
    CallKw {
        /// Number of arguments, positional and keyword.
        argc: u16,
        /// A constant tuple of `str`: the keyword names, in order.
        kw_names: ConstIdx,
    },
    /// Calls with a tuple of positional arguments and, when `has_kwargs`, a
    /// dict of keyword arguments; below them is `[NULL, callable]`
    /// (CPython `CALL_FUNCTION_EX`).
    CallFunctionEx {
        /// A keyword-argument dict is on top.
        has_kwargs: bool,
    },
    /// Makes a function from the code object on TOS and, below it, the
    /// parts `flags` names, in the order closure (topmost), annotations,
    /// kwdefaults, defaults (CPython `MAKE_FUNCTION`).
    MakeFunction {
        /// Which optional parts are on the stack.
        flags: MakeFunctionFlags,
    },
    /// Pushes `builtins.__build_class__` (CPython `LOAD_BUILD_CLASS`).
    LoadBuildClass,

    /// `raise` (0), `raise TOS` (1) or `raise TOS1 from TOS` (2)
    /// (CPython `RAISE_VARARGS`).
    RaiseVarargs {
        /// Number of operands, 0 to 2.
        count: u32,
    },
    /// Pushes the current exception state below the new exception TOS and
    /// makes TOS the current exception (CPython `PUSH_EXC_INFO`).
    PushExcInfo,
    /// Pops the exception state saved by [`Instruction::PushExcInfo`] back
    /// into place (CPython `POP_EXCEPT`).
    PopExcept,
    /// Re-raises the exception TOS; with a non-zero `depth`, first restores
    /// the frame's last instruction from the value `depth` items below it,
    /// pushed by a `lasti` handler (CPython `RERAISE`, whose oparg this is).
    Reraise {
        /// Where the last-instruction index is, counted down from TOS1
        /// (1: just below the exception); 0 leaves it unchanged.
        depth: u32,
    },
    /// Replaces the type TOS with whether the exception TOS1 matches it
    /// (CPython `CHECK_EXC_MATCH`).
    CheckExcMatch,
    /// `except*`: splits the exception group TOS1 by the type TOS into the
    /// rest and the match (CPython `CHECK_EG_MATCH`).
    CheckEgMatch,
    /// `except*`: combines the raised and re-raised exceptions into the one
    /// to re-raise (CPython `PREP_RERAISE_STAR`).
    PrepReraiseStar,
    /// Calls the `__exit__` four items down with the exception TOS
    /// (CPython `WITH_EXCEPT_START`).
    WithExceptStart,
    /// Replaces the context manager TOS with its bound `__exit__` and the
    /// result of `__enter__()` (CPython `BEFORE_WITH`).
    BeforeWith,
    /// As [`Instruction::BeforeWith`] with `__aexit__` and the awaitable of
    /// `__aenter__()` (CPython `BEFORE_ASYNC_WITH`).
    BeforeAsyncWith,
    /// Pushes `AssertionError` (CPython `LOAD_ASSERTION_ERROR`).
    LoadAssertionError,

    /// Yields TOS from the generator; the value sent in replaces it
    /// (CPython `YIELD_VALUE`). A `YieldValue` right after a `Send` is the
    /// yield of a `yield from` or `await` loop: a generator suspended there
    /// is delegating, so `throw()` and `close()` go to the sub-iterator
    /// (what CPython 3.11 reads from the `RESUME` oparg after the yield;
    /// the verifier checks that every `Send` is followed by a `YieldValue`).
    YieldValue,
    /// Sends TOS into the sub-iterator TOS1; if it returns, replaces both
    /// with the return value and jumps, else replaces TOS with the value it
    /// yielded (CPython `SEND`).
    Send {
        /// A later instruction, reached when the sub-iterator returns.
        target: Label,
    },
    /// Replaces TOS with its awaitable (CPython `GET_AWAITABLE`; `kind` says
    /// what is awaited, for error messages).
    GetAwaitable {
        /// 0: `await`; 1: after `__aenter__`; 2: after `__aexit__`.
        kind: u8,
    },
    /// Replaces TOS with `aiter(TOS)` (CPython `GET_AITER`).
    GetAiter,
    /// Pushes the awaitable of `anext(TOS)` (CPython `GET_ANEXT`).
    GetAnext,
    /// Ends an `async for` on `StopAsyncIteration` (TOS), popping it and the
    /// iterator; re-raises any other exception (CPython `END_ASYNC_FOR`).
    EndAsyncFor,
    /// Wraps the value an async generator yields, so it is not mistaken for
    /// an awaited value (CPython `ASYNC_GEN_WRAP`).
    AsyncGenWrap,

    /// `__import__(name, fromlist=TOS, level=TOS1)` (CPython `IMPORT_NAME`).
    ImportName {
        /// The module name.
        name: NameIdx,
    },
    /// Pushes `TOS.name`, importing the submodule if needed (CPython
    /// `IMPORT_FROM`).
    ImportFrom {
        /// The attribute name.
        name: NameIdx,
    },
    /// `from TOS import *` into the local namespace (CPython `IMPORT_STAR`).
    ImportStar,
    /// Creates `__annotations__` in the local namespace if missing
    /// (CPython `SETUP_ANNOTATIONS`).
    SetupAnnotations,
    /// Prints TOS in the interactive shell (CPython `PRINT_EXPR`).
    PrintExpr,
    /// Formats TOS (with the spec on top when `has_spec`) for an f-string
    /// (CPython `FORMAT_VALUE`, whose oparg is `conversion | has_spec << 2`).
    FormatValue {
        /// `!s`, `!r`, `!a` or none.
        conversion: Conversion,
        /// A format spec string is on top of the value.
        has_spec: bool,
    },
    /// `case C(...)`: matches TOS2 against the class TOS1 with `count`
    /// positional sub-patterns and the tuple of keyword names TOS; pushes the
    /// tuple of attributes or `None` (CPython `MATCH_CLASS`).
    MatchClass {
        /// Number of positional sub-patterns.
        count: u32,
    },
    /// Pushes a tuple of the values of the mapping TOS1 for the key tuple
    /// TOS, or `None` (CPython `MATCH_KEYS`).
    MatchKeys,
    /// Pushes whether TOS is a mapping (CPython `MATCH_MAPPING`).
    MatchMapping,
    /// Pushes whether TOS is a sequence (CPython `MATCH_SEQUENCE`).
    MatchSequence,
    /// Pushes `len(TOS)` (CPython `GET_LEN`).
    GetLen,
    /// `LoadFast first` and the `LoadFast second` after it, at once
    /// (CPython `LOAD_FAST__LOAD_FAST`); a [specialized
    /// instruction](self#specialized-instructions).
    LoadFastLoadFast {
        /// The first local.
        first: u16,
        /// The second local.
        second: u16,
    },
    /// `LoadFast local` and the `LoadConst value` after it, at once
    /// (CPython `LOAD_FAST__LOAD_CONST`); a [specialized
    /// instruction](self#specialized-instructions).
    LoadFastLoadConst {
        /// The local.
        local: u16,
        /// The constant.
        value: u16,
    },
}

impl Instruction {
    /// The name `dis` shows: CPython's opcode name for the counterpart
    /// (`LOAD_FAST`), the 3.12 name for the conditional jumps that 3.11
    /// splits into forward and backward forms (`POP_JUMP_IF_FALSE`), and
    /// `CALL_KW` for pyvm's keyword call.
    pub fn name(&self) -> &'static str {
        match self {
            Instruction::Nop => "NOP",
            Instruction::PopTop => "POP_TOP",
            Instruction::PushNull => "PUSH_NULL",
            Instruction::Copy { .. } => "COPY",
            Instruction::Swap { .. } => "SWAP",
            Instruction::LoadConst { .. } => "LOAD_CONST",
            Instruction::LoadName { .. } => "LOAD_NAME",
            Instruction::StoreName { .. } => "STORE_NAME",
            Instruction::DeleteName { .. } => "DELETE_NAME",
            Instruction::LoadGlobal { .. } => "LOAD_GLOBAL",
            Instruction::StoreGlobal { .. } => "STORE_GLOBAL",
            Instruction::DeleteGlobal { .. } => "DELETE_GLOBAL",
            Instruction::LoadFast { .. } => "LOAD_FAST",
            Instruction::StoreFast { .. } => "STORE_FAST",
            Instruction::DeleteFast { .. } => "DELETE_FAST",
            Instruction::LoadDeref { .. } => "LOAD_DEREF",
            Instruction::StoreDeref { .. } => "STORE_DEREF",
            Instruction::DeleteDeref { .. } => "DELETE_DEREF",
            Instruction::LoadClosure { .. } => "LOAD_CLOSURE",
            Instruction::LoadClassDeref { .. } => "LOAD_CLASSDEREF",
            Instruction::LoadAttr { .. } => "LOAD_ATTR",
            Instruction::StoreAttr { .. } => "STORE_ATTR",
            Instruction::DeleteAttr { .. } => "DELETE_ATTR",
            Instruction::LoadMethod { .. } => "LOAD_METHOD",
            Instruction::UnaryPositive => "UNARY_POSITIVE",
            Instruction::UnaryNegative => "UNARY_NEGATIVE",
            Instruction::UnaryNot => "UNARY_NOT",
            Instruction::UnaryInvert => "UNARY_INVERT",
            Instruction::BinaryOp { .. } => "BINARY_OP",
            Instruction::CompareOp { .. } => "COMPARE_OP",
            Instruction::IsOp { .. } => "IS_OP",
            Instruction::ContainsOp { .. } => "CONTAINS_OP",
            Instruction::BinarySubscr => "BINARY_SUBSCR",
            Instruction::StoreSubscr => "STORE_SUBSCR",
            Instruction::DeleteSubscr => "DELETE_SUBSCR",
            Instruction::BuildSlice { .. } => "BUILD_SLICE",
            Instruction::BuildTuple { .. } => "BUILD_TUPLE",
            Instruction::BuildList { .. } => "BUILD_LIST",
            Instruction::BuildSet { .. } => "BUILD_SET",
            Instruction::BuildMap { .. } => "BUILD_MAP",
            Instruction::BuildString { .. } => "BUILD_STRING",
            Instruction::BuildConstKeyMap { .. } => "BUILD_CONST_KEY_MAP",
            Instruction::ListAppend { .. } => "LIST_APPEND",
            Instruction::SetAdd { .. } => "SET_ADD",
            Instruction::MapAdd { .. } => "MAP_ADD",
            Instruction::ListExtend { .. } => "LIST_EXTEND",
            Instruction::SetUpdate { .. } => "SET_UPDATE",
            Instruction::DictUpdate { .. } => "DICT_UPDATE",
            Instruction::DictMerge { .. } => "DICT_MERGE",
            Instruction::ListToTuple => "LIST_TO_TUPLE",
            Instruction::UnpackSequence { .. } => "UNPACK_SEQUENCE",
            Instruction::UnpackEx { .. } => "UNPACK_EX",
            Instruction::JumpForward { .. } => "JUMP_FORWARD",
            Instruction::JumpBackward { .. } => "JUMP_BACKWARD",
            Instruction::PopJumpIfFalse { .. } => "POP_JUMP_IF_FALSE",
            Instruction::PopJumpIfTrue { .. } => "POP_JUMP_IF_TRUE",
            Instruction::PopJumpIfNone { .. } => "POP_JUMP_IF_NONE",
            Instruction::PopJumpIfNotNone { .. } => "POP_JUMP_IF_NOT_NONE",
            Instruction::JumpIfTrueOrPop { .. } => "JUMP_IF_TRUE_OR_POP",
            Instruction::JumpIfFalseOrPop { .. } => "JUMP_IF_FALSE_OR_POP",
            Instruction::GetIter => "GET_ITER",
            Instruction::GetYieldFromIter => "GET_YIELD_FROM_ITER",
            Instruction::ForIter { .. } => "FOR_ITER",
            Instruction::ReturnValue => "RETURN_VALUE",
            Instruction::Call { .. } => "CALL",
            Instruction::CallKw { .. } => "CALL_KW",
            Instruction::CallFunctionEx { .. } => "CALL_FUNCTION_EX",
            Instruction::MakeFunction { .. } => "MAKE_FUNCTION",
            Instruction::LoadBuildClass => "LOAD_BUILD_CLASS",
            Instruction::RaiseVarargs { .. } => "RAISE_VARARGS",
            Instruction::PushExcInfo => "PUSH_EXC_INFO",
            Instruction::PopExcept => "POP_EXCEPT",
            Instruction::Reraise { .. } => "RERAISE",
            Instruction::CheckExcMatch => "CHECK_EXC_MATCH",
            Instruction::CheckEgMatch => "CHECK_EG_MATCH",
            Instruction::PrepReraiseStar => "PREP_RERAISE_STAR",
            Instruction::WithExceptStart => "WITH_EXCEPT_START",
            Instruction::BeforeWith => "BEFORE_WITH",
            Instruction::BeforeAsyncWith => "BEFORE_ASYNC_WITH",
            Instruction::LoadAssertionError => "LOAD_ASSERTION_ERROR",
            Instruction::YieldValue => "YIELD_VALUE",
            Instruction::Send { .. } => "SEND",
            Instruction::GetAwaitable { .. } => "GET_AWAITABLE",
            Instruction::GetAiter => "GET_AITER",
            Instruction::GetAnext => "GET_ANEXT",
            Instruction::EndAsyncFor => "END_ASYNC_FOR",
            Instruction::AsyncGenWrap => "ASYNC_GEN_WRAP",
            Instruction::ImportName { .. } => "IMPORT_NAME",
            Instruction::ImportFrom { .. } => "IMPORT_FROM",
            Instruction::ImportStar => "IMPORT_STAR",
            Instruction::SetupAnnotations => "SETUP_ANNOTATIONS",
            Instruction::PrintExpr => "PRINT_EXPR",
            Instruction::FormatValue { .. } => "FORMAT_VALUE",
            Instruction::MatchClass { .. } => "MATCH_CLASS",
            Instruction::MatchKeys => "MATCH_KEYS",
            Instruction::MatchMapping => "MATCH_MAPPING",
            Instruction::MatchSequence => "MATCH_SEQUENCE",
            Instruction::GetLen => "GET_LEN",
            Instruction::LoadFastLoadFast { .. } => "LOAD_FAST__LOAD_FAST",
            Instruction::LoadFastLoadConst { .. } => "LOAD_FAST__LOAD_CONST",
        }
    }

    /// Whether this is a [specialized
    /// instruction](self#specialized-instructions), which only a VM makes.
    pub fn is_specialized(&self) -> bool {
        matches!(
            self,
            Instruction::LoadFastLoadFast { .. } | Instruction::LoadFastLoadConst { .. }
        )
    }

    /// The instruction this one may jump to, for the jumps and branches.
    pub fn jump_target(&self) -> Option<Label> {
        match *self {
            Instruction::JumpForward { target }
            | Instruction::JumpBackward { target }
            | Instruction::PopJumpIfFalse { target }
            | Instruction::PopJumpIfTrue { target }
            | Instruction::PopJumpIfNone { target }
            | Instruction::PopJumpIfNotNone { target }
            | Instruction::JumpIfTrueOrPop { target }
            | Instruction::JumpIfFalseOrPop { target }
            | Instruction::ForIter { target }
            | Instruction::Send { target } => Some(target),
            _ => None,
        }
    }

    /// The jump target, mutable: lets a compiler emit jumps to placeholder
    /// labels and patch them once the targets are placed.
    pub fn jump_target_mut(&mut self) -> Option<&mut Label> {
        match self {
            Instruction::JumpForward { target }
            | Instruction::JumpBackward { target }
            | Instruction::PopJumpIfFalse { target }
            | Instruction::PopJumpIfTrue { target }
            | Instruction::PopJumpIfNone { target }
            | Instruction::PopJumpIfNotNone { target }
            | Instruction::JumpIfTrueOrPop { target }
            | Instruction::JumpIfFalseOrPop { target }
            | Instruction::ForIter { target }
            | Instruction::Send { target } => Some(target),
            _ => None,
        }
    }

    /// Whether execution may continue with the next instruction: false for
    /// the unconditional jumps, `ReturnValue`, `RaiseVarargs` and `Reraise`
    /// (CPython's `IS_SCOPE_EXIT_OPCODE` and `IS_UNCONDITIONAL_JUMP_OPCODE`).
    pub fn falls_through(&self) -> bool {
        !matches!(
            self,
            Instruction::JumpForward { .. }
                | Instruction::JumpBackward { .. }
                | Instruction::ReturnValue
                | Instruction::RaiseVarargs { .. }
                | Instruction::Reraise { .. }
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_instruction_is_eight_bytes() {
        assert_eq!(std::mem::size_of::<Instruction>(), 8);
    }

    #[test]
    fn jump_targets_are_found_and_patched() {
        let mut jump = Instruction::PopJumpIfFalse { target: Label(0) };
        *jump.jump_target_mut().expect("a branch") = Label(7);
        assert_eq!(jump.jump_target(), Some(Label(7)));
        assert_eq!(Instruction::ReturnValue.jump_target(), None);
        assert!(Instruction::ReturnValue.jump_target().is_none());
        let mut call = Instruction::Call { argc: 1 };
        assert!(call.jump_target_mut().is_none());
    }

    #[test]
    fn only_exits_and_unconditional_jumps_stop_the_flow() {
        assert!(!Instruction::JumpForward { target: Label(3) }.falls_through());
        assert!(!Instruction::Reraise { depth: 1 }.falls_through());
        assert!(!Instruction::RaiseVarargs { count: 0 }.falls_through());
        assert!(Instruction::PopJumpIfTrue { target: Label(3) }.falls_through());
        assert!(Instruction::ForIter { target: Label(3) }.falls_through());
        assert!(Instruction::YieldValue.falls_through());
    }
}
