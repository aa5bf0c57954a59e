//! The interpreter loop: one `match` on the instruction, each arm short.
//!
//! Calls of Python functions push a frame and continue in this loop;
//! returns pop it. A frame marked `entry` was pushed by native code (a
//! call into Python from Rust, or a generator being resumed): when it
//! returns or yields, the loop returns to that native caller.
//!
//! Operands stay on the value stack while an instruction runs anything
//! that may call Python code, so that a collection at a safepoint of that
//! code sees them.

use pyvm_bytecode::{Instruction, MakeFunctionFlags};

use crate::exception_class::ExceptionClass;
use crate::interp::frame::{Frame, Returns};
use crate::interp::raise::Raised;
use crate::object::Payload;
use crate::objects::code::{Code, GlobalCache};
use crate::ops::arith::fast_binary;
use crate::ops::attr::MethodLookup;
use crate::ops::attr_cache::Cached;
use crate::ops::awaitable::{is_new_coroutine, AwaitedFrom};
use crate::ops::call::CallOutcome;
use crate::ops::compare::fast_compare;
use crate::value::{ObjRef, Value};
use crate::vm::{PyErr, PyResult, Vm};

/// Why the loop handed control back to its native caller.
pub(crate) enum Exit {
    /// The entry frame returned this value.
    Return(Value),
    /// The entry frame (a generator's) yielded this value.
    Yield(Value),
}

/// What an instruction did to the flow of control.
enum Flow {
    /// Go on with the next instruction of the current frame.
    Next,
    /// The current frame changed (a call pushed one, a return popped one).
    Switch,
    /// Hand control back to the native caller.
    Exit(Exit),
    /// The frame returned, and the call instruction of the frame it
    /// returned to raises this (an `__init__` that returned a value).
    RaiseInCaller(PyErr),
}

impl From<CallOutcome> for Flow {
    fn from(outcome: CallOutcome) -> Flow {
        match outcome {
            CallOutcome::Done => Flow::Next,
            CallOutcome::Pushed => Flow::Switch,
        }
    }
}

/// The keys version of a dict object.
fn keys_version(dict: ObjRef) -> u64 {
    dict.as_dict()
        .map_or(0, |table| table.borrow().keys_version())
}

/// The value of entry `index` of a dict object.
fn value_at(dict: ObjRef, index: usize) -> Value {
    dict.as_dict()
        .and_then(|table| table.borrow().value_at(index))
        .unwrap_or(Value::Null)
}

/// A global as the code object's cache says where it is, if the dicts'
/// keys have not changed since.
#[inline(always)]
fn cached_global(code: &Code, index: usize, globals: ObjRef, builtins: ObjRef) -> Option<Value> {
    let cache = code.global_cache[index].get();
    let table = globals.as_dict()?.borrow();
    if table.keys_version() != cache.globals_version {
        return None;
    }
    if cache.builtins_version == 0 {
        return table.value_at(cache.index as usize);
    }
    let builtins = builtins.as_dict()?.borrow();
    if builtins.keys_version() != cache.builtins_version {
        return None;
    }
    builtins.value_at(cache.index as usize)
}

/// The code of a code object.
pub(crate) fn code_of(code: &ObjRef) -> &Code {
    match &code.payload {
        Payload::Code(code) => code,
        _ => unreachable!("a frame's code is a code object"),
    }
}

impl Vm {
    /// The current frame.
    pub(crate) fn frame(&self) -> &Frame {
        self.frames.last().expect("a frame is running")
    }

    pub(crate) fn frame_mut(&mut self) -> &mut Frame {
        self.frames.last_mut().expect("a frame is running")
    }

    pub(crate) fn push(&mut self, value: Value) {
        self.stack.push(value);
    }

    pub(crate) fn pop(&mut self) -> Value {
        self.stack
            .pop()
            .expect("the verifier keeps the stack from underflowing")
    }

    /// The value `depth` slots down (1 is the top).
    pub(crate) fn peek(&self, depth: usize) -> Value {
        self.stack[self.stack.len() - depth]
    }

    fn set_top(&mut self, value: Value) {
        let top = self.stack.len() - 1;
        self.stack[top] = value;
    }

    /// Runs frames from the innermost until an entry frame returns or
    /// yields.
    pub(crate) fn run(&mut self) -> PyResult<Exit> {
        loop {
            // Only what every instruction needs is read here; the rest of
            // the frame is read where it is used (copying it all on every
            // call and return cost more).
            let (code_object, base, mut ip) = {
                let frame = self.frame();
                (frame.code, frame.base as usize, frame.ip as usize)
            };
            let code = code_of(&code_object);
            let instructions = &code.instructions[..];
            loop {
                let index = ip;
                let instruction = &instructions[index];
                ip += 1;
                // The commonest instructions run here, with the instruction
                // pointer in a local; the rest go through `execute`.
                match *instruction {
                    Instruction::LoadFast { local } => {
                        let value = self.stack[base + local.0 as usize];
                        if !value.is_null() {
                            // `self.x`: a cached attribute of the local is
                            // loaded at once, skipping the `LoadAttr`.
                            if let Some(attribute) = self.local_attr(code, instructions, ip, value)
                            {
                                self.stack.push(attribute);
                                ip += 1;
                                continue;
                            }
                            self.stack.push(value);
                            continue;
                        }
                    }
                    // `n - 1`, `p[0]`: a local and a constant; a subscript
                    // by the constant is done at once.
                    Instruction::LoadFastLoadConst {
                        local,
                        value: constant,
                    } => {
                        let value = self.stack[base + local as usize];
                        if !value.is_null() {
                            let constant = code.consts[constant as usize];
                            if let Some(Instruction::BinarySubscr) = instructions.get(ip + 1) {
                                if let Some(item) = self.get_item_fast(value, constant) {
                                    self.stack.push(item);
                                    ip += 2;
                                    continue;
                                }
                            } else if let Some(next) =
                                self.fused_operation(instructions, ip, base, value, constant)
                            {
                                ip = next;
                                continue;
                            }
                            self.stack.push(value);
                            self.stack.push(constant);
                            ip += 1;
                            continue;
                        }
                    }
                    // `a * b`: two locals; an operation on them that needs no
                    // method call is done at once, and its result stored
                    // (`x = a * b`).
                    Instruction::LoadFastLoadFast { first, second } => {
                        let value = self.stack[base + first as usize];
                        if !value.is_null() {
                            let second = self.stack[base + second as usize];
                            if let Some(next) =
                                self.fused_operation(instructions, ip, base, value, second)
                            {
                                ip = next;
                                continue;
                            }
                            self.stack.push(value);
                            // An unbound second local raises at its own
                            // instruction.
                            if !second.is_null() {
                                self.stack.push(second);
                                ip += 1;
                            }
                            continue;
                        }
                    }
                    Instruction::StoreFast { local } => {
                        let value = self.pop();
                        self.stack[base + local.0 as usize] = value;
                        continue;
                    }
                    Instruction::LoadConst { value } => {
                        self.stack.push(code.consts[value.0 as usize]);
                        continue;
                    }
                    Instruction::PopTop => {
                        self.stack.pop();
                        continue;
                    }
                    Instruction::LoadDeref { cell } => {
                        let slot = base + code.nlocals() + cell.0 as usize;
                        if let Some(Payload::Cell(content)) = self.stack[slot].payload() {
                            let value = content.get();
                            if !value.is_null() {
                                self.stack.push(value);
                                continue;
                            }
                        }
                    }
                    Instruction::PopJumpIfNone { target } => {
                        if self.pop().is_none() {
                            ip = target.0 as usize;
                        }
                        continue;
                    }
                    Instruction::PopJumpIfNotNone { target } => {
                        if !self.pop().is_none() {
                            ip = target.0 as usize;
                        }
                        continue;
                    }
                    Instruction::YieldValue => {
                        let value = self.pop();
                        let (consumed, entry) = (self.frame().consumed, self.frame().entry);
                        if consumed && self.consume_yielded(value) {
                            // What the `yield` is when `next()` resumes it.
                            self.stack.push(Value::None);
                            continue;
                        }
                        self.frame_mut().ip = ip as u32;
                        self.suspend_frame();
                        if entry {
                            return Ok(Exit::Yield(value));
                        }
                        // A `for` loop or a `Send` resumed it: the value
                        // goes to that frame.
                        self.leave_generator_frame();
                        self.yield_to_resumer(value);
                        break;
                    }
                    Instruction::Copy { depth } => {
                        // `x[i] op= y` reads `x[i]` with `Copy 2, Copy 2,
                        // BinarySubscr`: done here at once when it can.
                        if depth == 2
                            && matches!(
                                instructions.get(ip..ip + 2),
                                Some([Instruction::Copy { depth: 2 }, Instruction::BinarySubscr])
                            )
                        {
                            let len = self.stack.len();
                            let (container, key) = (self.stack[len - 2], self.stack[len - 1]);
                            if let Some(item) = self.get_item_fast(container, key) {
                                self.stack.push(item);
                                ip += 2;
                                continue;
                            }
                        }
                        let value = self.peek(depth as usize);
                        self.stack.push(value);
                        continue;
                    }
                    Instruction::Swap { depth } => {
                        // ... and stores it back with `Swap 3, Swap 2,
                        // StoreSubscr`: done here at once when it can.
                        if depth == 3
                            && matches!(
                                instructions.get(ip..ip + 2),
                                Some([Instruction::Swap { depth: 2 }, Instruction::StoreSubscr])
                            )
                        {
                            let len = self.stack.len();
                            let (container, key, value) = (
                                self.stack[len - 3],
                                self.stack[len - 2],
                                self.stack[len - 1],
                            );
                            if self.set_item_fast(container, key, value) {
                                self.stack.truncate(len - 3);
                                ip += 2;
                                continue;
                            }
                        }
                        let top = self.stack.len() - 1;
                        self.stack.swap(top, top + 1 - depth as usize);
                        continue;
                    }
                    Instruction::LoadAttr { name } => {
                        let object = *self.stack.last().expect("an operand");
                        match self.load_attr_cached(code, name.0 as usize, object) {
                            Cached::Done(value) => {
                                let top = self.stack.len() - 1;
                                self.stack[top] = value;
                                continue;
                            }
                            // A property's getter or a descriptor's `__get__`.
                            Cached::Call(position) => {
                                self.frame_mut().ip = ip as u32;
                                match self.push_cached_getter(code, position, object) {
                                    Ok(true) => break,
                                    Ok(false) => {}
                                    Err(error) => {
                                        self.unwind(error, Raised::Here, index as u32)?;
                                        break;
                                    }
                                }
                            }
                            Cached::Miss => {}
                        }
                    }
                    Instruction::StoreAttr { name } => {
                        let len = self.stack.len();
                        let (object, value) = (self.stack[len - 1], self.stack[len - 2]);
                        match self.store_attr_cached(code, name.0 as usize, object, value) {
                            Cached::Done(_) => {
                                self.stack.truncate(len - 2);
                                continue;
                            }
                            // A property's setter or a descriptor's `__set__`.
                            Cached::Call(position) => {
                                self.frame_mut().ip = ip as u32;
                                match self.push_cached_setter(code, position, object, value) {
                                    Ok(true) => break,
                                    Ok(false) => {}
                                    Err(error) => {
                                        self.unwind(error, Raised::Here, index as u32)?;
                                        break;
                                    }
                                }
                            }
                            Cached::Miss => {}
                        }
                    }
                    Instruction::LoadGlobal { name, push_null } => {
                        let frame = self.frame();
                        let (globals, builtins) = (frame.globals, frame.builtins);
                        if let Some(value) = cached_global(code, name.0 as usize, globals, builtins)
                        {
                            if push_null {
                                self.stack.push(Value::Null);
                            }
                            self.stack.push(value);
                            continue;
                        }
                    }
                    Instruction::Call { argc } => {
                        // `[NULL, function, args…]` or, after `LoadMethod`,
                        // `[function, self, args…]`.
                        let argc = argc as usize;
                        let result = self.stack.len() - argc - 2;
                        let (function, args_start, positional) = match self.stack[result] {
                            Value::Null => (self.stack[result + 1], result + 2, argc),
                            function => (function, result + 1, argc + 1),
                        };
                        self.frame_mut().ip = ip as u32;
                        let called = match function.payload() {
                            Some(Payload::Function(f)) => {
                                match self.push_simple_frame(f, args_start, positional, result) {
                                    Ok(false)
                                        if self.call_simple_generator(f, args_start, result) =>
                                    {
                                        continue;
                                    }
                                    called => called,
                                }
                            }
                            Some(Payload::Builtin(builtin)) => {
                                if let Some(value) =
                                    self.call_builtin_fast(function, builtin, args_start)
                                {
                                    self.stack.truncate(result);
                                    self.stack.push(value);
                                    continue;
                                }
                                match self.resume_for_call(builtin, args_start, result) {
                                    Ok(true) => break,
                                    Ok(false) => {}
                                    Err(error) => {
                                        self.unwind(error, Raised::Here, index as u32)?;
                                        break;
                                    }
                                }
                                match self.call_builtin_from_stack(builtin, args_start, result) {
                                    Ok(()) => continue,
                                    Err(error) => Err(error),
                                }
                            }
                            Some(Payload::Type(_))
                                if positional == 1
                                    && function.as_object() == Some(self.types.int) =>
                            {
                                match self.int_fast(self.stack[args_start]) {
                                    Some(int) => {
                                        self.stack.truncate(result);
                                        self.stack.push(int);
                                        continue;
                                    }
                                    None => Ok(false),
                                }
                            }
                            Some(Payload::Type(_))
                                if argc == 0 && function.as_object() == Some(self.types.super_) =>
                            {
                                if let Some(&Instruction::LoadMethod { name }) =
                                    instructions.get(ip)
                                {
                                    let name = code.names[name.0 as usize];
                                    if let Some((method, instance)) =
                                        self.zero_argument_super_method(name)
                                    {
                                        self.stack[result] = method;
                                        self.stack[result + 1] = instance;
                                        ip += 1;
                                        continue;
                                    }
                                }
                                Ok(false)
                            }
                            // A plain class: its instance is made here, and
                            // its `__init__` runs in this loop.
                            Some(Payload::Type(_)) if self.stack[result].is_null() => {
                                let class = function.as_object().expect("a type");
                                match self.push_init_frame(
                                    class,
                                    args_start,
                                    positional,
                                    &[],
                                    result,
                                ) {
                                    Ok(Some(CallOutcome::Done)) => continue,
                                    Ok(Some(CallOutcome::Pushed)) => Ok(true),
                                    Ok(None) => Ok(false),
                                    Err(error) => Err(error),
                                }
                            }
                            _ => Ok(false),
                        };
                        match called {
                            Ok(true) => break,
                            Ok(false) => {}
                            Err(error) => {
                                self.unwind(error, Raised::Here, index as u32)?;
                                break;
                            }
                        }
                    }
                    Instruction::ReturnValue if self.frame().returns_to_loop() => {
                        // The value goes straight to the result slot.
                        let top = self.stack.len() - 1;
                        let value = self.stack[top];
                        let result = self.frame().result as usize;
                        self.stack[result] = value;
                        self.stack.truncate(result + 1);
                        self.frames.pop();
                        self.depth -= 1;
                        break;
                    }
                    Instruction::ReturnValue if self.frame().resumed_in_loop() => {
                        let value = self.pop();
                        if let Some(error) = self.return_to_resumer(value) {
                            let call = self.frame().ip - 1;
                            self.unwind(error, Raised::Here, call)?;
                        }
                        break;
                    }
                    Instruction::Send { target } => {
                        self.frame_mut().ip = ip as u32;
                        match self.send_in_loop(target) {
                            Ok(Some(true)) => break,
                            Ok(Some(false)) => {
                                ip = self.frame().ip as usize;
                                continue;
                            }
                            Ok(None) => {}
                            Err(error) => {
                                self.unwind(error, Raised::Here, index as u32)?;
                                break;
                            }
                        }
                    }
                    Instruction::GetAwaitable { .. } if is_new_coroutine(self.peek(1)) => continue,
                    Instruction::LoadMethod { name } => {
                        let object = self.peek(1);
                        if let Some((first, second)) =
                            self.load_method_cached(code, name.0 as usize, object)
                        {
                            let top = self.stack.len() - 1;
                            self.stack[top] = first;
                            self.stack.push(second);
                            continue;
                        }
                    }
                    Instruction::JumpForward { target } => {
                        ip = target.0 as usize;
                        continue;
                    }
                    Instruction::JumpBackward { target } if !self.safepoint_due() => {
                        ip = target.0 as usize;
                        continue;
                    }
                    Instruction::PopJumpIfFalse { target } => {
                        let top = *self.stack.last().expect("an operand");
                        if let Some(truth) = self.quick_truth(top) {
                            self.stack.pop();
                            if !truth {
                                ip = target.0 as usize;
                            }
                            continue;
                        }
                    }
                    Instruction::PopJumpIfTrue { target } => {
                        let top = *self.stack.last().expect("an operand");
                        if let Some(truth) = self.quick_truth(top) {
                            self.stack.pop();
                            if truth {
                                ip = target.0 as usize;
                            }
                            continue;
                        }
                    }
                    Instruction::BinaryOp { op } => {
                        let len = self.stack.len();
                        if let Some(result) =
                            fast_binary(self.stack[len - 2], self.stack[len - 1], op)
                        {
                            // A store of the result (`x = a + b`) is done here.
                            if let Some(&Instruction::StoreFast { local }) = instructions.get(ip) {
                                self.stack.truncate(len - 2);
                                self.stack[base + local.0 as usize] = result;
                                ip += 1;
                            } else {
                                self.stack.truncate(len - 1);
                                self.stack[len - 2] = result;
                            }
                            continue;
                        }
                    }
                    Instruction::CompareOp { op } => {
                        let len = self.stack.len();
                        if let Some(result) =
                            fast_compare(self.stack[len - 2], self.stack[len - 1], op)
                        {
                            self.stack.truncate(len - 2);
                            ip = self.jump_or_push(instructions, ip, result);
                            continue;
                        }
                    }
                    Instruction::IsOp { invert } => {
                        let len = self.stack.len();
                        let same = self.stack[len - 2].is(self.stack[len - 1]);
                        self.stack.truncate(len - 2);
                        ip = self.jump_or_push(instructions, ip, same != invert);
                        continue;
                    }
                    // `a or b`, `a and b` and `not a` on a bool.
                    Instruction::JumpIfTrueOrPop { target } => {
                        if let Some(&Value::Bool(truth)) = self.stack.last() {
                            if truth.get() {
                                ip = target.0 as usize;
                            } else {
                                self.stack.pop();
                            }
                            continue;
                        }
                    }
                    Instruction::JumpIfFalseOrPop { target } => {
                        if let Some(&Value::Bool(truth)) = self.stack.last() {
                            if truth.get() {
                                self.stack.pop();
                            } else {
                                ip = target.0 as usize;
                            }
                            continue;
                        }
                    }
                    Instruction::UnaryNot => {
                        if let Some(&Value::Bool(truth)) = self.stack.last() {
                            self.stack.pop();
                            ip = self.jump_or_push(instructions, ip, !truth.get());
                            continue;
                        }
                    }
                    Instruction::BinarySubscr => {
                        let len = self.stack.len();
                        if let Some(item) =
                            self.get_item_fast(self.stack[len - 2], self.stack[len - 1])
                        {
                            self.stack.truncate(len - 1);
                            self.stack[len - 2] = item;
                            continue;
                        }
                    }
                    Instruction::StoreSubscr => {
                        // Stack: value, container, key.
                        let len = self.stack.len();
                        let (value, container, key) = (
                            self.stack[len - 3],
                            self.stack[len - 2],
                            self.stack[len - 1],
                        );
                        if self.set_item_fast(container, key, value) {
                            self.stack.truncate(len - 3);
                            continue;
                        }
                    }
                    Instruction::UnpackSequence { count } => {
                        let count = count as usize;
                        // `a, b = pair`: the stores that follow are done
                        // here, straight into the variables.
                        if let Some(stores) = instructions.get(ip..ip + count) {
                            let sequence = self.peek(1);
                            if self.unpack_to_locals(sequence, stores, base) {
                                self.stack.pop();
                                ip += count;
                                continue;
                            }
                        }
                        let sequence = self.pop();
                        if self.unpack_fast(sequence, count).is_some() {
                            continue;
                        }
                        self.push(sequence);
                    }
                    Instruction::ListAppend { depth } => {
                        // A list comprehension's item.
                        let len = self.stack.len();
                        let item = self.stack[len - 1];
                        if let Some(items) = self.stack[len - 1 - depth as usize]
                            .object()
                            .and_then(|list| list.as_list())
                        {
                            items.borrow_mut().push(item);
                            self.stack.pop();
                            continue;
                        }
                    }
                    Instruction::ForIter { target } => {
                        let iterator = self.peek(1);
                        let next = match Vm::next_fast(iterator) {
                            Some(next) => Ok(next),
                            None => match iterator.as_object() {
                                Some(generator)
                                    if matches!(generator.payload, Payload::Generator(_)) =>
                                {
                                    self.frame_mut().ip = ip as u32;
                                    match self.resume_for_loop(generator) {
                                        Ok(true) => break,
                                        Ok(false) => Ok(None),
                                        Err(error) => Err(Some(error)),
                                    }
                                }
                                _ => Err(None),
                            },
                        };
                        match next {
                            Ok(Some(item)) => {
                                if self.store_or_push(instructions, ip, base, item) {
                                    ip += 1;
                                }
                                continue;
                            }
                            Ok(None) => {
                                self.stack.pop();
                                ip = target.0 as usize;
                                continue;
                            }
                            Err(Some(error)) => {
                                self.unwind(error, Raised::Here, index as u32)?;
                                break;
                            }
                            Err(None) => {}
                        }
                    }
                    // Every other instruction, and the guarded arms' other
                    // cases, go through `execute`. Listed rather than `_`: an
                    // exhaustive match compiles to a jump table with no range
                    // check (-11% instructions on a plain loop).
                    Instruction::Nop
                    | Instruction::PushNull
                    | Instruction::LoadName { .. }
                    | Instruction::StoreName { .. }
                    | Instruction::DeleteName { .. }
                    | Instruction::StoreGlobal { .. }
                    | Instruction::DeleteGlobal { .. }
                    | Instruction::DeleteFast { .. }
                    | Instruction::StoreDeref { .. }
                    | Instruction::DeleteDeref { .. }
                    | Instruction::LoadClosure { .. }
                    | Instruction::LoadClassDeref { .. }
                    | Instruction::DeleteAttr { .. }
                    | Instruction::UnaryPositive
                    | Instruction::UnaryNegative
                    | Instruction::UnaryInvert
                    | Instruction::ContainsOp { .. }
                    | Instruction::DeleteSubscr
                    | Instruction::BuildSlice { .. }
                    | Instruction::BuildTuple { .. }
                    | Instruction::BuildList { .. }
                    | Instruction::BuildSet { .. }
                    | Instruction::BuildMap { .. }
                    | Instruction::BuildString { .. }
                    | Instruction::BuildConstKeyMap { .. }
                    | Instruction::SetAdd { .. }
                    | Instruction::MapAdd { .. }
                    | Instruction::ListExtend { .. }
                    | Instruction::SetUpdate { .. }
                    | Instruction::DictUpdate { .. }
                    | Instruction::DictMerge { .. }
                    | Instruction::ListToTuple
                    | Instruction::UnpackEx { .. }
                    | Instruction::JumpBackward { .. }
                    | Instruction::GetIter
                    | Instruction::GetYieldFromIter
                    | Instruction::ReturnValue
                    | Instruction::CallKw { .. }
                    | Instruction::CallFunctionEx { .. }
                    | Instruction::MakeFunction { .. }
                    | Instruction::LoadBuildClass
                    | Instruction::RaiseVarargs { .. }
                    | Instruction::PushExcInfo
                    | Instruction::PopExcept
                    | Instruction::Reraise { .. }
                    | Instruction::CheckExcMatch
                    | Instruction::CheckEgMatch
                    | Instruction::PrepReraiseStar
                    | Instruction::WithExceptStart
                    | Instruction::BeforeWith
                    | Instruction::BeforeAsyncWith
                    | Instruction::LoadAssertionError
                    | Instruction::GetAwaitable { .. }
                    | Instruction::GetAiter
                    | Instruction::GetAnext
                    | Instruction::EndAsyncFor
                    | Instruction::AsyncGenWrap
                    | Instruction::ImportName { .. }
                    | Instruction::ImportFrom { .. }
                    | Instruction::ImportStar
                    | Instruction::SetupAnnotations
                    | Instruction::PrintExpr
                    | Instruction::FormatValue { .. }
                    | Instruction::MatchClass { .. }
                    | Instruction::MatchKeys
                    | Instruction::MatchMapping
                    | Instruction::MatchSequence
                    | Instruction::GetLen => {}
                }
                self.frame_mut().ip = ip as u32;
                match self.execute(*instruction, code) {
                    Ok(Flow::Next) => ip = self.frame().ip as usize,
                    Ok(Flow::Switch) => break,
                    Ok(Flow::Exit(exit)) => return Ok(exit),
                    Ok(Flow::RaiseInCaller(error)) => {
                        let call = self.frame().ip - 1;
                        self.unwind(error, Raised::Here, call)?;
                        break;
                    }
                    Err(error) => {
                        let how = match *instruction {
                            Instruction::Reraise { .. }
                            | Instruction::EndAsyncFor
                            | Instruction::RaiseVarargs { count: 0 } => Raised::Again,
                            _ => Raised::Here,
                        };
                        self.unwind(error, how, index as u32)?;
                        break;
                    }
                }
            }
        }
    }

    fn local_index(&self, local: pyvm_bytecode::LocalIdx) -> usize {
        self.frame().base as usize + local.0 as usize
    }

    fn cell_at(&self, code: &Code, cell: pyvm_bytecode::CellIdx) -> ObjRef {
        let slot = self.frame().base as usize + code.nlocals() + cell.0 as usize;
        match self.stack[slot] {
            Value::Obj(cell) => cell,
            _ => unreachable!("cell slots hold cells"),
        }
    }

    fn jump(&mut self, target: pyvm_bytecode::Label) {
        self.frame_mut().ip = target.0;
    }

    /// Runs one instruction of the current frame.
    #[inline]
    fn execute(&mut self, instruction: Instruction, code: &Code) -> PyResult<Flow> {
        use Instruction as I;
        match instruction {
            I::Nop => {}
            I::PushNull => self.push(Value::Null),
            I::LoadConst { value } => {
                let constant = code.consts[value.0 as usize];
                self.push(constant);
            }
            I::LoadFast { local } => {
                let value = self.stack[self.local_index(local)];
                if value.is_null() {
                    return Err(self.unbound_local(code, local.0 as usize));
                }
                self.push(value);
            }
            // A specialized pair whose fast path did not apply runs its
            // first half alone; the second follows in its own place.
            I::LoadFastLoadFast { first: local, .. } | I::LoadFastLoadConst { local, .. } => {
                let local = pyvm_bytecode::LocalIdx(u32::from(local));
                return self.execute(I::LoadFast { local }, code);
            }
            I::StoreFast { local } => {
                let value = self.pop();
                let slot = self.local_index(local);
                self.stack[slot] = value;
            }
            I::DeleteFast { local } => {
                let slot = self.local_index(local);
                if self.stack[slot].is_null() {
                    return Err(self.unbound_local(code, local.0 as usize));
                }
                self.stack[slot] = Value::Null;
            }
            I::LoadDeref { cell } | I::LoadClosure { cell } => {
                let cell_object = self.cell_at(code, cell);
                if let I::LoadClosure { .. } = instruction {
                    self.push(Value::Obj(cell_object));
                    return Ok(Flow::Next);
                }
                let Payload::Cell(content) = &cell_object.payload else {
                    unreachable!("cell slots hold cells")
                };
                let value = content.get();
                if value.is_null() {
                    return Err(self.unbound_cell(code, cell.0 as usize));
                }
                self.push(value);
            }
            I::LoadClassDeref { cell } => {
                let name_text = code.code.cell_name(cell).unwrap_or("?").to_owned();
                let name = self.intern(&name_text);
                if let Value::Obj(locals) = self.frame().locals {
                    if let Some(found) = self.namespace_get(locals, name)? {
                        self.push(found);
                        return Ok(Flow::Next);
                    }
                }
                let cell_object = self.cell_at(code, cell);
                let Payload::Cell(content) = &cell_object.payload else {
                    unreachable!("cell slots hold cells")
                };
                let value = content.get();
                if value.is_null() {
                    return Err(self.unbound_cell(code, cell.0 as usize));
                }
                self.push(value);
            }
            I::StoreDeref { cell } => {
                let value = self.pop();
                let cell_object = self.cell_at(code, cell);
                if let Payload::Cell(content) = &cell_object.payload {
                    content.set(value);
                }
            }
            I::DeleteDeref { cell } => {
                let cell_object = self.cell_at(code, cell);
                if let Payload::Cell(content) = &cell_object.payload {
                    if content.get().is_null() {
                        return Err(self.unbound_cell(code, cell.0 as usize));
                    }
                    content.set(Value::Null);
                }
            }
            I::LoadName { name } => {
                let index = name.0 as usize;
                let value = match self.module_namespace() {
                    // At module level a name is looked up as a global,
                    // through the same cache.
                    Some(_) => self.load_global(code, index)?,
                    None => self.load_name(code.names[index])?,
                };
                self.push(value);
            }
            I::StoreName { name } => {
                let index = name.0 as usize;
                let value = self.peek(1);
                if let Some(globals) = self.module_namespace() {
                    self.store_global_name(code, index, globals, value);
                } else {
                    let name = code.names[index];
                    let Value::Obj(locals) = self.frame().locals else {
                        return Err(self.error(
                            ExceptionClass::SystemError,
                            format!(
                                "no locals found when storing {}",
                                self.str_text(Value::Obj(name))
                            ),
                        ));
                    };
                    self.namespace_set(locals, name, value)?;
                }
                self.pop();
            }
            I::DeleteName { name } => {
                let name = code.names[name.0 as usize];
                let Value::Obj(locals) = self.frame().locals else {
                    return Err(self.error(ExceptionClass::SystemError, "no locals when deleting"));
                };
                if !self.namespace_delete(locals, name)? {
                    return Err(self.name_error(name));
                }
            }
            I::LoadGlobal { name, push_null } => {
                let value = self.load_global(code, name.0 as usize)?;
                if push_null {
                    self.push(Value::Null);
                }
                self.push(value);
            }
            I::StoreGlobal { name } => {
                let name = code.names[name.0 as usize];
                let value = self.pop();
                let globals = self.frame().globals;
                self.dict_set_str(globals, name, value);
            }
            I::DeleteGlobal { name } => {
                let name = code.names[name.0 as usize];
                let globals = self.frame().globals;
                if self.dict_remove(globals, Value::Obj(name))?.is_none() {
                    return Err(self.name_error(name));
                }
            }
            I::LoadAttr { name } => {
                let object = self.peek(1);
                let value = match self.module_attr_cached(code, name.0 as usize, object) {
                    Some(value) => value,
                    None => {
                        if self.push_descriptor_getter(code, name.0 as usize, object)? {
                            return Ok(Flow::Switch);
                        }
                        self.get_attr(object, code.names[name.0 as usize])?
                    }
                };
                self.set_top(value);
            }
            I::StoreAttr { name } => {
                let (object, value) = (self.peek(1), self.peek(2));
                if self.push_descriptor_setter(code, name.0 as usize, object, value)? {
                    return Ok(Flow::Switch);
                }
                self.set_attr(object, code.names[name.0 as usize], value)?;
                self.pop();
                self.pop();
            }
            I::DeleteAttr { name } => {
                let name = code.names[name.0 as usize];
                self.del_attr(self.peek(1), name)?;
                self.pop();
            }
            I::LoadMethod { name } => {
                let object = self.peek(1);
                // A module's function is called as it is, without the module.
                if let Some(value) = self.module_attr_cached(code, name.0 as usize, object) {
                    self.set_top(Value::Null);
                    self.push(value);
                    return Ok(Flow::Next);
                }
                let name = code.names[name.0 as usize];
                match self.load_method(object, name)? {
                    MethodLookup::Unbound { function, receiver } => {
                        self.set_top(function);
                        self.push(receiver);
                    }
                    MethodLookup::Bound(callable) => {
                        self.set_top(Value::Null);
                        self.push(callable);
                    }
                }
            }
            I::UnaryPositive | I::UnaryNegative | I::UnaryInvert => {
                let result = self.unary_op(instruction, self.peek(1))?;
                self.set_top(result);
            }
            I::UnaryNot => {
                let truth = self.truthy(self.peek(1))?;
                self.set_top(Value::bool(!truth));
            }
            I::BinaryOp { op } => {
                let result = self.binary_op(self.peek(2), self.peek(1), op)?;
                self.pop();
                self.set_top(result);
            }
            I::CompareOp { op } => {
                let result = self.compare(self.peek(2), self.peek(1), op)?;
                self.pop();
                self.set_top(result);
            }
            I::ContainsOp { invert } => {
                let found = self.contains(self.peek(1), self.peek(2))?;
                self.pop();
                self.set_top(Value::bool(found != invert));
            }
            I::BinarySubscr => {
                let result = self.get_item(self.peek(2), self.peek(1))?;
                self.pop();
                self.set_top(result);
            }
            I::StoreSubscr => {
                // Stack: value, container, key.
                self.set_item(self.peek(2), self.peek(1), self.peek(3))?;
                self.stack.truncate(self.stack.len() - 3);
            }
            I::DeleteSubscr => {
                self.del_item(self.peek(2), self.peek(1))?;
                self.stack.truncate(self.stack.len() - 2);
            }
            I::BuildSlice { count } => {
                if self.slice_at_once(code, count as usize)? {
                    return Ok(Flow::Next);
                }
                let step = if count == 3 { self.pop() } else { Value::None };
                let stop = self.pop();
                let start = self.pop();
                let slice = self.new_slice(start, stop, step);
                self.push(Value::Obj(slice));
            }
            I::BuildTuple { count } => {
                let start = self.stack.len() - count as usize;
                let tuple = if count == 0 {
                    self.empty_tuple()
                } else {
                    self.new_tuple_from_stack(start)
                };
                self.stack.truncate(start);
                self.push(Value::Obj(tuple));
            }
            I::BuildList { count } => {
                let items = self.stack.split_off(self.stack.len() - count as usize);
                let list = self.new_list(items);
                self.push(Value::Obj(list));
            }
            I::BuildSet { count } => {
                let set = self.build_set_from_stack(count as usize)?;
                self.push(set);
            }
            I::BuildMap { count } => {
                let dict = self.new_dict();
                self.roots.push(Value::Obj(dict));
                let start = self.stack.len() - 2 * count as usize;
                let result = (|| {
                    for i in 0..count as usize {
                        let (key, value) =
                            (self.stack[start + 2 * i], self.stack[start + 2 * i + 1]);
                        self.dict_set(dict, key, value)?;
                    }
                    Ok(())
                })();
                self.roots.pop();
                result?;
                self.stack.truncate(start);
                self.push(Value::Obj(dict));
            }
            I::BuildConstKeyMap { count } => {
                let keys = self.peek(1);
                let keys = keys
                    .object()
                    .and_then(|k| k.as_tuple().map(<[Value]>::to_vec))
                    .unwrap_or_default();
                let dict = self.new_dict();
                self.roots.push(Value::Obj(dict));
                let start = self.stack.len() - 1 - count as usize;
                let result = (|| {
                    for (i, key) in keys.into_iter().enumerate() {
                        let value = self.stack[start + i];
                        self.dict_set(dict, key, value)?;
                    }
                    Ok(())
                })();
                self.roots.pop();
                result?;
                self.stack.truncate(start);
                self.push(Value::Obj(dict));
            }
            I::BuildString { count } => {
                let start = self.stack.len() - count as usize;
                let parts = || {
                    self.stack[start..]
                        .iter()
                        .filter_map(|part| part.object().and_then(|o| o.as_str()))
                };
                // Sized and counted from the parts: one allocation, and
                // no scan of the result for its length in code points.
                let (bytes, chars) = parts().fold((0, 0), |(bytes, chars), s| {
                    (bytes + s.as_str().len(), chars + s.len())
                });
                let mut text = String::with_capacity(bytes);
                for part in parts() {
                    text.push_str(part.as_str());
                }
                self.stack.truncate(start);
                let string = self.str_value_with_len(text, chars);
                self.push(string);
            }
            I::ListAppend { depth } => {
                let item = self.pop();
                let list = self.peek(depth as usize);
                if let Some(items) = list.object().and_then(|l| l.as_list()) {
                    items.borrow_mut().push(item);
                }
            }
            I::ListExtend { depth } => {
                let iterable = self.peek(1);
                let items = self.collect_starred(iterable)?;
                self.pop();
                let list = self.peek(depth as usize);
                if let Some(list) = list.object().and_then(|l| l.as_list()) {
                    list.borrow_mut().extend(items);
                }
            }
            I::SetAdd { depth } => {
                let item = self.peek(1);
                let set = self.peek(depth as usize + 1);
                self.set_add(set, item)?;
                self.pop();
            }
            I::SetUpdate { depth } => {
                let iterable = self.peek(1);
                let set = self.peek(depth as usize + 1);
                if let Some(set) = set.as_object() {
                    self.set_update_internal(set, iterable)?;
                }
                self.pop();
            }
            I::MapAdd { depth } => {
                let (key, value) = (self.peek(2), self.peek(1));
                let dict = self.peek(depth as usize + 2);
                if let Some(dict) = dict.as_object() {
                    self.dict_set(dict, key, value)?;
                }
                self.stack.truncate(self.stack.len() - 2);
            }
            I::DictUpdate { depth } => {
                let other = self.peek(1);
                let dict = self.peek(depth as usize + 1);
                self.dict_update(dict, other, None)?;
                self.pop();
            }
            I::DictMerge { depth } => {
                let other = self.peek(1);
                let dict = self.peek(depth as usize + 1);
                // The callable lies below the positional arguments.
                let callable = self.peek(depth as usize + 3);
                self.dict_update(dict, other, Some(callable))?;
                self.pop();
            }
            I::ListToTuple => {
                let list = self.peek(1);
                let items = list
                    .object()
                    .and_then(|l| l.as_list().map(|items| items.borrow().clone()))
                    .unwrap_or_default();
                let tuple = self.new_tuple(items);
                self.set_top(Value::Obj(tuple));
            }
            I::UnpackSequence { count } => {
                let items = self.unpack(self.peek(1), count as usize, None)?;
                self.pop();
                self.stack.extend(items.into_iter().rev());
            }
            I::UnpackEx { before, after } => {
                let items = self.unpack(self.peek(1), before as usize, Some(after as usize))?;
                self.pop();
                self.stack.extend(items.into_iter().rev());
            }
            // The loop in `run` runs these itself, whatever their operands.
            I::PopTop
            | I::Copy { .. }
            | I::Swap { .. }
            | I::IsOp { .. }
            | I::JumpForward { .. }
            | I::PopJumpIfNone { .. }
            | I::PopJumpIfNotNone { .. }
            | I::YieldValue => unreachable!("run's loop runs {instruction:?}"),
            I::JumpBackward { target } => {
                self.jump(target);
                self.safepoint()?;
            }
            I::PopJumpIfFalse { target } => {
                let value = self.peek(1);
                let truth = match value {
                    Value::Bool(b) => b.get(),
                    other => self.truthy(other)?,
                };
                self.pop();
                if !truth {
                    self.jump(target);
                }
            }
            I::PopJumpIfTrue { target } => {
                let value = self.peek(1);
                let truth = match value {
                    Value::Bool(b) => b.get(),
                    other => self.truthy(other)?,
                };
                self.pop();
                if truth {
                    self.jump(target);
                }
            }
            I::JumpIfTrueOrPop { target } => {
                if self.truthy(self.peek(1))? {
                    self.jump(target);
                } else {
                    self.pop();
                }
            }
            I::JumpIfFalseOrPop { target } => {
                if self.truthy(self.peek(1))? {
                    self.pop();
                } else {
                    self.jump(target);
                }
            }
            I::GetIter => {
                let iterator = self.get_iter(self.peek(1))?;
                self.set_top(iterator);
            }
            I::GetYieldFromIter => {
                let iterable = self.peek(1);
                let is_generator = matches!(iterable.payload(), Some(Payload::Generator(_)));
                if !is_generator {
                    let iterator = self.get_iter(iterable)?;
                    self.set_top(iterator);
                }
            }
            I::ForIter { target } => {
                // `for a, b in enumerate(…)` or `….items()`: the pair is
                // stored straight into the two variables, with no tuple.
                let at = self.frame().ip as usize;
                if let Some(
                    &[Instruction::UnpackSequence { count: 2 }, Instruction::StoreFast { local: first }, Instruction::StoreFast { local: second }],
                ) = code.instructions.get(at..at + 3)
                {
                    if let Some(next) = self.next_pair(self.peek(1))? {
                        match next {
                            Some((a, b)) => {
                                let base = self.frame().base as usize;
                                self.stack[base + first.0 as usize] = a;
                                self.stack[base + second.0 as usize] = b;
                                self.frame_mut().ip += 3;
                            }
                            None => {
                                self.pop();
                                self.jump(target);
                            }
                        }
                        return Ok(Flow::Next);
                    }
                }
                match self.next(self.peek(1))? {
                    Some(item) => self.push(item),
                    None => {
                        self.pop();
                        self.jump(target);
                    }
                }
            }
            I::ReturnValue => {
                let value = self.pop();
                return Ok(self.return_from_frame(value));
            }
            I::Call { argc } => return Ok(self.call_from_stack(argc as usize, &[])?.into()),
            I::CallKw { argc, kw_names } => {
                // A tuple constant (the verifier checks), which the code
                // keeps alive.
                let names = code.consts[kw_names.0 as usize];
                let names = names.object().and_then(|n| n.as_tuple()).unwrap_or(&[]);
                return Ok(self.call_from_stack(argc as usize, names)?.into());
            }
            I::CallFunctionEx { has_kwargs } => {
                return Ok(self.call_function_ex(has_kwargs)?.into())
            }
            I::MakeFunction { flags } => {
                let function = self.make_function(flags)?;
                self.push(function);
            }
            I::LoadBuildClass => {
                let build_class = self.names.__build_class__;
                let builtins = self.frame().builtins;
                match self.dict_get_str(builtins, build_class) {
                    Some(function) => self.push(function),
                    None => {
                        return Err(
                            self.error(ExceptionClass::NameError, "__build_class__ not found")
                        )
                    }
                }
            }
            I::RaiseVarargs { count } => return Err(self.raise(count)),
            I::PushExcInfo => {
                let exception = self.pop();
                let previous = self.saved_handled();
                self.push(previous);
                self.push(exception);
                self.handled = exception;
            }
            I::PopExcept => {
                let previous = self.pop();
                self.restore_handled(previous);
            }
            I::Reraise { depth } => {
                let exception = self.pop();
                if depth > 0 {
                    if let Value::Int(lasti) = self.peek(depth as usize) {
                        self.frame_mut().ip = lasti as u32 + 1;
                    }
                }
                return Err(self.as_raised(exception));
            }
            I::CheckExcMatch => {
                let matched = self.exception_matches(self.peek(2), self.peek(1))?;
                self.set_top(Value::bool(matched));
            }
            I::LoadAssertionError => {
                let class = self.exception_type(ExceptionClass::AssertionError);
                self.push(Value::Obj(class));
            }
            I::BeforeWith => {
                let manager = self.peek(1);
                let (exit, entered) = self.enter_context(manager, false)?;
                self.set_top(exit);
                self.push(entered);
            }
            I::WithExceptStart => {
                // Stack: exit, lasti, prev_exc, exc.
                let exit = self.peek(4);
                let exception = self.peek(1);
                let class = Value::Obj(self.type_of(exception));
                let traceback = exception
                    .object()
                    .and_then(|e| e.as_exception().map(|d| d.traceback.get()))
                    .unwrap_or(Value::None);
                let result = self.call_function(exit, &[class, exception, traceback])?;
                self.push(result);
            }
            I::Send { target } => {
                // The loop's arm has tried `Vm::send_in_loop`.
                let (receiver, sent) = (self.peek(2), self.peek(1));
                match self.send(receiver, sent)? {
                    crate::ops::generator::Resumed::Yielded(value) => {
                        self.set_top(value);
                    }
                    crate::ops::generator::Resumed::Returned(value) => {
                        self.pop();
                        self.set_top(value);
                        self.jump(target);
                    }
                }
            }
            I::ImportName { name } => {
                let name = code.names[name.0 as usize];
                let (level, fromlist) = (self.peek(2), self.peek(1));
                let module = self.import_name(name, fromlist, level)?;
                self.pop();
                self.set_top(module);
            }
            I::ImportFrom { name } => {
                let name = code.names[name.0 as usize];
                let value = self.import_from(self.peek(1), name)?;
                self.push(value);
            }
            I::ImportStar => {
                let module = self.peek(1);
                self.import_star(module)?;
                self.pop();
            }
            I::SetupAnnotations => {
                let Value::Obj(locals) = self.frame().locals else {
                    return Err(self.error(ExceptionClass::SystemError, "no locals found"));
                };
                let name = self.names.__annotations__;
                if self.namespace_get(locals, name)?.is_none() {
                    let dict = self.new_dict();
                    self.namespace_set(locals, name, Value::Obj(dict))?;
                }
            }
            I::PrintExpr => {
                let value = self.peek(1);
                self.print_expression(value)?;
                self.pop();
            }
            I::FormatValue {
                conversion,
                has_spec,
            } => {
                let spec = if has_spec { Some(self.peek(1)) } else { None };
                let value = self.peek(1 + usize::from(has_spec));
                let formatted = self.format_value(value, conversion, spec)?;
                if has_spec {
                    self.pop();
                }
                self.set_top(Value::Obj(formatted));
            }
            I::MatchSequence => {
                let matches = self.matches_sequence(self.peek(1));
                self.push(Value::bool(matches));
            }
            I::MatchMapping => {
                let matches = self.matches_mapping(self.peek(1));
                self.push(Value::bool(matches));
            }
            I::MatchKeys => {
                let values = self.match_keys(self.peek(2), self.peek(1))?;
                self.push(values);
            }
            I::MatchClass { count } => {
                let (subject, class, names) = (self.peek(3), self.peek(2), self.peek(1));
                let attributes = self.match_class(subject, class, count as usize, names)?;
                let top = self.stack.len() - 3;
                self.stack.truncate(top);
                self.push(attributes);
            }
            I::GetLen => {
                let length = self.len(self.peek(1))?;
                self.push(Value::Int(length as i64));
            }
            I::GetAwaitable { kind } => {
                let from = AwaitedFrom::from_operand(kind);
                let iterator = self.awaitable_iterator(self.peek(1), from)?;
                self.set_top(iterator);
            }
            I::BeforeAsyncWith => {
                let (exit, entered) = self.enter_context(self.peek(1), true)?;
                self.set_top(exit);
                self.push(entered);
            }
            I::GetAiter => {
                let iterator = self.async_iterator(self.peek(1))?;
                self.set_top(iterator);
            }
            I::GetAnext => {
                let awaitable = self.async_next(self.peek(1))?;
                self.push(awaitable);
            }
            I::EndAsyncFor => {
                let exception = self.pop();
                if !self.is_exception(exception, ExceptionClass::StopAsyncIteration) {
                    return Err(self.as_raised(exception));
                }
                self.pop();
            }
            I::AsyncGenWrap => {
                // The `yield` after it is the generator's own.
                if let Some(generator) = self.frame().generator {
                    if let Payload::Generator(cell) = &generator.payload {
                        cell.borrow().async_yield.set(true);
                    }
                }
            }
            I::CheckEgMatch => {
                let (matched, rest) = self.except_star_match(self.peek(2), self.peek(1))?;
                self.pop();
                self.set_top(rest);
                self.push(matched);
                if !matched.is_none() {
                    self.handled = matched;
                }
            }
            I::PrepReraiseStar => {
                let result = self.prep_reraise_star(self.peek(2), self.peek(1))?;
                self.pop();
                self.set_top(result);
            }
        }
        Ok(Flow::Next)
    }

    /// `UnboundLocalError` for fast local `index`.
    fn unbound_local(&mut self, code: &Code, index: usize) -> PyErr {
        let name = code.code.varnames.get(index).cloned().unwrap_or_default();
        self.error(
            ExceptionClass::UnboundLocalError,
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    }

    /// The error for an empty cell: an unbound local for a cell variable,
    /// a `NameError` for a free variable.
    fn unbound_cell(&mut self, code: &Code, index: usize) -> PyErr {
        let cellvars = code.code.cellvars.len();
        let name = code
            .code
            .cell_name(pyvm_bytecode::CellIdx(index as u32))
            .unwrap_or("?")
            .to_owned();
        if index < cellvars {
            self.error(
                ExceptionClass::UnboundLocalError,
                format!(
                    "cannot access local variable '{name}' where it is not associated with a value"
                ),
            )
        } else {
            self.error(
                ExceptionClass::NameError,
                format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
            )
        }
    }

    /// `NameError: name 'x' is not defined`.
    pub(crate) fn name_error(&mut self, name: ObjRef) -> PyErr {
        let text = self.str_text(Value::Obj(name));
        let error = self.error(
            ExceptionClass::NameError,
            format!("name '{text}' is not defined"),
        );
        self.set_name_error_name(error.exception, name);
        error
    }

    /// `LoadName`: the locals namespace, then globals, then builtins.
    fn load_name(&mut self, name: ObjRef) -> PyResult<Value> {
        let frame = *self.frame();
        if let Value::Obj(locals) = frame.locals {
            if let Some(found) = self.namespace_get(locals, name)? {
                return Ok(found);
            }
        }
        if let Some(found) = self.dict_get_str(frame.globals, name) {
            return Ok(found);
        }
        if let Some(found) = self.dict_get_str(frame.builtins, name) {
            return Ok(found);
        }
        Err(self.name_error(name))
    }

    /// `LoadGlobal` of name `index`: globals, then builtins, remembering
    /// where it was found in the code object's cache.
    fn load_global(&mut self, code: &Code, index: usize) -> PyResult<Value> {
        let frame = *self.frame();
        if let Some(value) = cached_global(code, index, frame.globals, frame.builtins) {
            return Ok(value);
        }
        let name = code.names[index];
        let globals_version = keys_version(frame.globals);
        if let Some(found) = self.dict_index_str(frame.globals, name) {
            code.global_cache[index].set(GlobalCache {
                globals_version,
                builtins_version: 0,
                index: found as u32,
            });
            return Ok(value_at(frame.globals, found));
        }
        if let Some(found) = self.dict_index_str(frame.builtins, name) {
            code.global_cache[index].set(GlobalCache {
                globals_version,
                builtins_version: keys_version(frame.builtins),
                index: found as u32,
            });
            return Ok(value_at(frame.builtins, found));
        }
        Err(self.name_error(name))
    }

    /// The globals, when the running frame's locals are its globals too
    /// and a plain dict (module-level code): its names are globals.
    fn module_namespace(&self) -> Option<ObjRef> {
        let frame = self.frame();
        match frame.locals {
            Value::Obj(locals) if locals == frame.globals && locals.class() == self.types.dict => {
                Some(locals)
            }
            _ => None,
        }
    }

    /// `StoreName` of name `index` in module-level code, whose namespace
    /// is `globals`: straight to the entry the code object's cache
    /// remembers for the name while the dict's keys are unchanged, and
    /// remembered when stored otherwise.
    fn store_global_name(&mut self, code: &Code, index: usize, globals: ObjRef, value: Value) {
        let cache = code.global_cache[index].get();
        if let Some(table) = globals.as_dict() {
            let mut table = table.borrow_mut();
            if cache.builtins_version == 0 && table.keys_version() == cache.globals_version {
                table.set_value(cache.index as usize, value);
                return;
            }
        }
        let found = self.dict_set_str(globals, code.names[index], value);
        code.global_cache[index].set(GlobalCache {
            globals_version: keys_version(globals),
            builtins_version: 0,
            index: found as u32,
        });
    }

    /// A lookup in a locals namespace (a dict, or any mapping).
    pub(crate) fn namespace_get(
        &mut self,
        namespace: ObjRef,
        name: ObjRef,
    ) -> PyResult<Option<Value>> {
        if namespace.as_dict().is_some() && namespace.class() == self.types.dict {
            return Ok(self.dict_get_str(namespace, name));
        }
        match self.get_item(Value::Obj(namespace), Value::Obj(name)) {
            Ok(found) => Ok(Some(found)),
            Err(error)
                if self.is_exception(Value::Obj(error.exception), ExceptionClass::KeyError) =>
            {
                Ok(None)
            }
            Err(error) => Err(error),
        }
    }

    fn namespace_set(&mut self, namespace: ObjRef, name: ObjRef, value: Value) -> PyResult<()> {
        if namespace.as_dict().is_some() && namespace.class() == self.types.dict {
            self.dict_set_str(namespace, name, value);
            return Ok(());
        }
        self.set_item(Value::Obj(namespace), Value::Obj(name), value)
    }

    fn namespace_delete(&mut self, namespace: ObjRef, name: ObjRef) -> PyResult<bool> {
        if namespace.as_dict().is_some() {
            return Ok(self.dict_remove(namespace, Value::Obj(name))?.is_some());
        }
        self.del_item(Value::Obj(namespace), Value::Obj(name))?;
        Ok(true)
    }

    /// `x[a:b]` (a `BuildSlice` of `count` parts, then `BinarySubscr`) of
    /// an exact list, tuple or str by ints or `None`: sliced at once, with
    /// no slice object made (CPython 3.12's `BINARY_SLICE`), and the
    /// `BinarySubscr` skipped. Returns whether it did; anything else, an
    /// error included, is left to the two instructions.
    fn slice_at_once(&mut self, code: &Code, count: usize) -> PyResult<bool> {
        let ip = self.frame().ip as usize;
        if !matches!(code.instructions.get(ip), Some(Instruction::BinarySubscr)) {
            return Ok(false);
        }
        let len = self.stack.len();
        let top = &self.stack[len - count - 1..];
        let (container, start, stop) = (top[0], top[1], top[2]);
        let step = if count == 3 { top[3] } else { Value::None };
        let bound = |value: Value| matches!(value, Value::Int(_) | Value::None);
        let Some(sequence) = container.as_object() else {
            return Ok(false);
        };
        let class = sequence.class();
        let exact =
            class == self.types.list || class == self.types.tuple || class == self.types.str;
        if !exact || !bound(start) || !bound(stop) || !bound(step) || matches!(step, Value::Int(0))
        {
            return Ok(false);
        }
        let Some(result) = self.slice_of(sequence, [start, stop, step])? else {
            return Ok(false);
        };
        self.stack.truncate(len - count - 1);
        self.push(result);
        self.frame_mut().ip += 1;
        Ok(true)
    }

    /// Pops the current frame after it returned `value`.
    fn return_from_frame(&mut self, value: Value) -> Flow {
        let frame = self.frames.pop().expect("a frame is running");
        self.depth -= 1;
        self.end_frame_object(&frame, frame.ip.checked_sub(1));
        self.stack.truncate(frame.result as usize);
        match frame.returns {
            Returns::Push => {}
            Returns::Init => {
                // The instance, now on top, is what the class's call gives.
                if value.is_none() {
                    return Flow::Switch;
                }
                let name = self.type_name(value);
                let message = format!("__init__() should return None, not '{name}'");
                return Flow::RaiseInCaller(self.type_error(message));
            }
            Returns::Discard => return Flow::Switch,
        }
        if let Some(generator) = frame.generator {
            self.finish_generator(generator);
            if !frame.entry {
                // A `for` loop or a `Send` resumed it: the loop or the
                // delegation ends.
                self.leave_generator_frame();
                return match self.end_resumption(value) {
                    Some(error) => Flow::RaiseInCaller(error),
                    None => Flow::Switch,
                };
            }
        }
        if frame.entry {
            Flow::Exit(Exit::Return(value))
        } else {
            self.push(value);
            Flow::Switch
        }
    }

    /// The operation right after a pair of loads (the second at `ip`),
    /// done at once on the two values when it needs no method call: an
    /// arithmetic operation with its result stored or pushed (`x = a *
    /// b`), or a comparison and the jump on it (`if i < n:`). Returns the
    /// next instruction pointer; `None` leaves the pair to be pushed.
    #[inline(always)]
    fn fused_operation(
        &mut self,
        instructions: &[Instruction],
        ip: usize,
        base: usize,
        left: Value,
        right: Value,
    ) -> Option<usize> {
        match instructions.get(ip + 1) {
            Some(&Instruction::BinaryOp { op }) => {
                let result = fast_binary(left, right, op)?;
                let next = ip + 2;
                Some(if self.store_or_push(instructions, next, base, result) {
                    next + 1
                } else {
                    next
                })
            }
            Some(&Instruction::CompareOp { op }) => {
                let result = fast_compare(left, right, op)?;
                Some(self.jump_or_push(instructions, ip + 2, result))
            }
            _ => None,
        }
    }

    /// Where a comparison's result goes: a jump on it right after (`if a
    /// < b:`) is taken at once, with no bool pushed and popped, as CPython
    /// 3.11's `COMPARE_OP_*_JUMP`; otherwise it is pushed. Returns the
    /// next instruction pointer.
    #[inline(always)]
    fn jump_or_push(&mut self, instructions: &[Instruction], ip: usize, result: bool) -> usize {
        let (taken, target) = match instructions.get(ip) {
            Some(&Instruction::PopJumpIfFalse { target }) => (!result, target),
            Some(&Instruction::PopJumpIfTrue { target }) => (result, target),
            _ => {
                self.stack.push(Value::bool(result));
                return ip;
            }
        };
        if taken {
            target.0 as usize
        } else {
            ip + 1
        }
    }

    /// Puts `value`, which an instruction just before `ip` made, into the
    /// local variable of the `StoreFast` at `ip` if there is one (true:
    /// the caller skips it), otherwise onto the stack: a `for` loop's
    /// next item, or the result of a fused operation (`x = a * b`).
    #[inline(always)]
    pub(crate) fn store_or_push(
        &mut self,
        instructions: &[Instruction],
        ip: usize,
        base: usize,
        value: Value,
    ) -> bool {
        match instructions.get(ip) {
            Some(&Instruction::StoreFast { local }) => {
                self.stack[base + local.0 as usize] = value;
                true
            }
            _ => {
                self.stack.push(value);
                false
            }
        }
    }

    /// Suspends the current (generator) frame at a `yield`.
    fn suspend_frame(&mut self) {
        let frame = self.frames.pop().expect("a frame is running");
        self.depth -= 1;
        let generator = frame.generator.expect("only generator frames yield");
        self.suspend_generator(generator, frame.ip, frame.base as usize);
    }

    /// `BeforeWith` and `BeforeAsyncWith`: `(manager.__exit__ bound,
    /// manager.__enter__())`, or with `asynchronous` `__aexit__` and what
    /// `__aenter__()` returns (to be awaited).
    fn enter_context(&mut self, manager: Value, asynchronous: bool) -> PyResult<(Value, Value)> {
        let (enter_name, exit_name, protocol, exit_text) = if asynchronous {
            let names = &self.names;
            (
                names.__aenter__,
                names.__aexit__,
                "asynchronous context manager",
                "__aexit__",
            )
        } else {
            let names = &self.names;
            (
                names.__enter__,
                names.__exit__,
                "context manager",
                "__exit__",
            )
        };
        let class = self.type_of(manager);
        let Some(enter) = self.lookup_type(class, enter_name) else {
            let name = self.type_name(manager);
            return Err(self.type_error(format!(
                "'{name}' object does not support the {protocol} protocol"
            )));
        };
        let Some(exit) = self.lookup_type(class, exit_name) else {
            let name = self.type_name(manager);
            return Err(self.type_error(format!(
                "'{name}' object does not support the {protocol} protocol (missed {exit_text} method)"
            )));
        };
        let exit = self.bind(exit, manager, class)?;
        self.roots.push(exit);
        let entered = self.call_method_value(enter, manager, &[]);
        self.roots.pop();
        Ok((exit, entered?))
    }

    /// `MakeFunction`: a function from the code object on top and what
    /// the flags say lies below it.
    fn make_function(&mut self, flags: MakeFunctionFlags) -> PyResult<Value> {
        let code = self.pop();
        let closure = if flags.contains(MakeFunctionFlags::CLOSURE) {
            self.pop()
        } else {
            Value::None
        };
        let annotations = if flags.contains(MakeFunctionFlags::ANNOTATIONS) {
            let pairs = self.pop();
            let items = pairs
                .object()
                .and_then(|p| p.as_tuple().map(<[Value]>::to_vec))
                .unwrap_or_default();
            let dict = self.new_dict();
            for pair in items.chunks(2) {
                if let [key, value] = pair {
                    self.dict_set(dict, *key, *value)?;
                }
            }
            Value::Obj(dict)
        } else {
            Value::None
        };
        let kwdefaults = if flags.contains(MakeFunctionFlags::KWDEFAULTS) {
            self.pop()
        } else {
            Value::None
        };
        let defaults = if flags.contains(MakeFunctionFlags::DEFAULTS) {
            self.pop()
        } else {
            Value::None
        };
        let Value::Obj(code) = code else {
            return Err(self.error(ExceptionClass::SystemError, "MakeFunction without code"));
        };
        let frame = *self.frame();
        let function = self.new_function(code, frame.globals, frame.builtins, closure);
        if let Payload::Function(f) = &function.payload {
            f.defaults.set(defaults);
            f.kwdefaults.set(kwdefaults);
            f.annotations.set(annotations);
        }
        Ok(Value::Obj(function))
    }

    /// Safepoint: collects garbage when enough was allocated; raises
    /// `KeyboardInterrupt` when an interrupt waits.
    pub(crate) fn safepoint(&mut self) -> PyResult<()> {
        if self.collection_due() {
            self.collect_garbage();
        }
        self.check_interrupt()
    }
}
