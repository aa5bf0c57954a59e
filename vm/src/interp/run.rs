//! The interpreter loop: one `match` on the instruction, each arm short.
//! The commonest instructions run here; the rest, and the slow cases of
//! these, go to [`Vm::execute`](super::execute).
//!
//! Calls of Python functions push a frame and continue in this loop;
//! returns pop it. A frame marked `entry` was pushed by native code (a
//! call into Python from Rust, or a generator being resumed): when it
//! returns or yields, the loop returns to that native caller.
//!
//! Operands stay on the value stack while an instruction runs anything
//! that may call Python code, so that a collection at a safepoint of that
//! code sees them.

use pyvm_bytecode::Instruction;

use crate::interp::execute::Flow;
use crate::interp::frame::Frame;
use crate::interp::namespace::cached_global;
use crate::interp::raise::Raised;
use crate::object::Payload;
use crate::objects::code::Code;
use crate::ops::arith::fast_binary;
use crate::ops::attr_cache::Cached;
use crate::ops::awaitable::is_new_coroutine;
use crate::ops::call::CallOutcome;
use crate::ops::compare::fast_compare;
use crate::ops::fast_call::CallShortcut;
use crate::ops::generator::GeneratorCall;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// Why the loop handed control back to its native caller.
pub(crate) enum Exit {
    /// The entry frame returned this value.
    Return(Value),
    /// The entry frame (a generator's) yielded this value.
    Yield(Value),
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

    pub(crate) fn set_top(&mut self, value: Value) {
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
                        // At the `yield` of a `yield from` loop, right after
                        // its `Send`?
                        let in_yield_from = matches!(
                            instructions.get(index.wrapping_sub(1)),
                            Some(Instruction::Send { .. })
                        );
                        self.suspend_frame(in_yield_from);
                        if entry {
                            return Ok(Exit::Yield(value));
                        }
                        // A `for` loop or a `Send` resumed it: the value
                        // goes to that frame.
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
                                    Ok(false) => match self
                                        .call_simple_generator(f, args_start, result, code, ip)
                                    {
                                        GeneratorCall::Made => continue,
                                        GeneratorCall::Started => Ok(true),
                                        GeneratorCall::NotSimple => Ok(false),
                                    },
                                    called => called,
                                }
                            }
                            Some(Payload::Builtin(builtin)) => {
                                if builtin.shortcut != CallShortcut::General {
                                    if let Some(value) = self.call_builtin_fast(builtin, args_start)
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
                            if let Some(Payload::Builtin(b)) = first.payload() {
                                if b.shortcut == CallShortcut::ListAppend {
                                    if let Some(next) = self.append_statement(
                                        instructions,
                                        ip,
                                        base,
                                        code,
                                        b,
                                        second,
                                    ) {
                                        ip = next;
                                        continue;
                                    }
                                }
                                if let Some(Instruction::Call { argc: 0 }) = instructions.get(ip) {
                                    // The call's place, as its `Call` sets it.
                                    self.frame_mut().ip = ip as u32 + 1;
                                    match self.call_loaded_method(b, second) {
                                        Some(Ok(value)) => {
                                            self.set_top(value);
                                            ip += 1;
                                            continue;
                                        }
                                        Some(Err(error)) => {
                                            self.unwind(error, Raised::Here, ip as u32)?;
                                            break;
                                        }
                                        None => {}
                                    }
                                }
                            }
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
    pub(super) fn suspend_frame(&mut self, in_yield_from: bool) {
        let frame = self.frames.pop().expect("a frame is running");
        self.depth -= 1;
        let generator = frame.generator.expect("only generator frames yield");
        self.suspend_generator(generator, frame.ip, in_yield_from);
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
