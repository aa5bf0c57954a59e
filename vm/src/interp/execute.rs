//! The instructions the interpreter loop hands on: each runs here on the
//! current frame, with the instruction pointer stored in it, and says
//! what became of the flow of control.

use pyvm_bytecode::{Instruction, MakeFunctionFlags};

use crate::exception_class::ExceptionClass;
use crate::interp::frame::Returns;
use crate::interp::run::Exit;
use crate::object::Payload;
use crate::objects::code::Code;
use crate::ops::attr::MethodLookup;
use crate::ops::awaitable::AwaitedFrom;
use crate::ops::call::CallOutcome;
use crate::value::{ObjRef, Value};
use crate::vm::{PyErr, PyResult, Vm};

/// What an instruction did to the flow of control.
pub(super) enum Flow {
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

impl Vm {
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
    pub(super) fn execute(&mut self, instruction: Instruction, code: &Code) -> PyResult<Flow> {
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
                let start = self.stack.len() - count as usize;
                // Not `split_off`, which is a call even for no items.
                let items = match count {
                    0 => Vec::new(),
                    _ => self.stack[start..].to_vec(),
                };
                self.stack.truncate(start);
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
                let list = self.peek(depth as usize + 1);
                let list = list.as_object().expect("a list display's list");
                self.extend_starred(list, iterable)?;
                self.pop();
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
                if self.start_awaited_generator(code, self.frame().ip as usize) {
                    return Ok(Flow::Switch);
                }
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

    /// Pops the current frame after it returned `value`.
    pub(super) fn return_from_frame(&mut self, value: Value) -> Flow {
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
            self.leave_finished_generator_frame();
            if !frame.entry {
                // A `for` loop or a `Send` resumed it: the loop or the
                // delegation ends.
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
}
