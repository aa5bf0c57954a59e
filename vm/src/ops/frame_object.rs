//! Frame objects: made for a running or suspended frame on demand, ended
//! when the frame's run ends, and their attributes (`f_locals`,
//! `f_lineno`, `f_back`, …) read from the frame while it lives (see
//! [`FrameObject`] for what is live and what is kept).

use std::cell::{Cell, RefCell};

use crate::exception_class::ExceptionClass;
use crate::interp::frame::Frame;
use crate::interp::run::code_of;
use crate::object::Payload;
use crate::objects::frame::{Ended, FrameObject};
use crate::objects::generator::GeneratorState;
use crate::ops::generator::mark_shared;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// Where a frame object's frame is now.
#[derive(Clone, Copy)]
enum Place {
    /// Running, at this index of the VM's frame stack.
    Running(usize),
    /// Made or suspended in its generator.
    Suspended,
    /// Its run ended.
    Ended,
}

/// What a cell slot holds: the cell's contents ([`Value::Null`] when it is
/// empty or missing).
fn cell_contents(slot: Option<&Value>) -> Value {
    match slot.and_then(|value| value.payload()) {
        Some(Payload::Cell(content)) => content.get(),
        _ => Value::Null,
    }
}

impl Vm {
    /// A new frame object for `frame`, not linked to it yet.
    fn new_frame_object(&mut self, frame: &Frame) -> ObjRef {
        let class = self.types.frame;
        self.alloc(
            class,
            Payload::Frame(Box::new(FrameObject {
                code: frame.code,
                globals: frame.globals,
                builtins: frame.builtins,
                namespace: frame.locals,
                generator: frame.generator,
                locals: Cell::new(Value::Null),
                ended: RefCell::new(None),
                trace: Cell::new(Value::None),
                trace_lines: Cell::new(true),
                trace_opcodes: Cell::new(false),
            })),
        )
    }

    /// The frame object of the frame at `depth` of the frame stack (0 is
    /// the outermost), made and linked to it if it has none yet. A
    /// generator's frame keeps it in the generator too, for when it is
    /// suspended.
    pub(crate) fn frame_object_at(&mut self, depth: usize) -> ObjRef {
        let frame = self.frames[depth];
        if let Some(object) = frame.object {
            return object;
        }
        let object = self.new_frame_object(&frame);
        self.frames[depth].set_object(object);
        if let Some(generator) = frame.generator {
            // The frame object refers to the generator.
            mark_shared(Value::Obj(generator));
            if let Payload::Generator(cell) = &generator.payload {
                if let Ok(mut data) = cell.try_borrow_mut() {
                    if let Some(saved) = data.frame.as_mut() {
                        saved.set_object(object);
                    }
                }
            }
        }
        object
    }

    /// `gi_frame`, `cr_frame`, `ag_frame`: the generator's frame object,
    /// or `None` once it finished.
    pub(crate) fn generator_frame_object(&mut self, generator: ObjRef) -> Value {
        let Payload::Generator(cell) = &generator.payload else {
            return Value::None;
        };
        let data = cell.borrow();
        match (data.state, data.frame) {
            (GeneratorState::Finished, _) | (_, None) => Value::None,
            (GeneratorState::Running, _) => {
                drop(data);
                let depth = self
                    .frames
                    .iter()
                    .rposition(|frame| frame.generator == Some(generator));
                depth.map_or(Value::None, |depth| Value::Obj(self.frame_object_at(depth)))
            }
            (_, Some(saved)) => {
                if let Some(object) = saved.object {
                    return Value::Obj(object);
                }
                drop(data);
                // The saved frame names its generator only once pushed.
                let frame = saved.with_generator(generator, saved.entry);
                let object = self.new_frame_object(&frame);
                if let Some(saved) = cell.borrow_mut().frame.as_mut() {
                    saved.set_object(object);
                }
                Value::Obj(object)
            }
        }
    }

    /// Tells the frame object of `frame`, if it has one, that the frame's
    /// run ended at `instruction`: the frame was just popped, its values
    /// still on the stack from its base, and the frame that called it is
    /// the current one. The object keeps the values, and the caller's
    /// frame object as its `f_back` (none for a generator's frame).
    pub(crate) fn end_frame_object(&mut self, frame: &Frame, instruction: Option<u32>) {
        let Some(object) = frame.object else {
            return;
        };
        let code = code_of(&frame.code);
        let base = (frame.base as usize).min(self.stack.len());
        let end = (base + code.nlocals() + code.ncells()).min(self.stack.len());
        let values: Box<[Value]> = self.stack[base..end].into();
        // A generator's frame forgets its resumer when its run ends, as
        // CPython's does.
        let back = match self.frames.len() {
            len if len > 0 && frame.generator.is_none() => {
                Value::Obj(self.frame_object_at(len - 1))
            }
            _ => Value::None,
        };
        self.end_frame_object_with(object, values, instruction, back);
    }

    /// Ends a frame object that was made for a frame that never ran
    /// further than `instruction`, with these `values` (an interrupt at a
    /// function's entry, a generator closed before it started).
    pub(crate) fn end_frame_object_with(
        &mut self,
        object: ObjRef,
        values: Box<[Value]>,
        instruction: Option<u32>,
        back: Value,
    ) {
        if let Payload::Frame(data) = &object.payload {
            let mut ended = data.ended.borrow_mut();
            if ended.is_none() {
                *ended = Some(Ended {
                    values,
                    instruction,
                    back,
                });
            }
        }
    }

    /// A frame object for `frame`, which was just popped (its values still
    /// on the stack) before it could run: already ended.
    pub(crate) fn ended_frame_object(&mut self, frame: &Frame, instruction: Option<u32>) -> ObjRef {
        let object = frame.object.unwrap_or_else(|| self.new_frame_object(frame));
        self.end_frame_object(
            &{
                let mut frame = *frame;
                frame.set_object(object);
                frame
            },
            instruction,
        );
        object
    }

    /// Where the frame of the frame object `object` is now.
    fn frame_place(&self, object: ObjRef) -> Place {
        let data = FrameObject::of(&object);
        if data.ended.borrow().is_some() {
            return Place::Ended;
        }
        if let Some(depth) = self
            .frames
            .iter()
            .rposition(|frame| frame.object == Some(object))
        {
            return Place::Running(depth);
        }
        if let Some(Payload::Generator(cell)) = data.generator.as_ref().map(|g| &g.payload) {
            let suspended = cell.try_borrow().is_ok_and(|generator| {
                generator.state != GeneratorState::Running
                    && generator
                        .frame
                        .is_some_and(|frame| frame.object == Some(object))
            });
            if suspended {
                return Place::Suspended;
            }
        }
        Place::Ended
    }

    /// The value stack that holds the variables of the frame at `depth`:
    /// the VM's, or the one set aside when the first generator's frame
    /// above it was pushed (see [`Vm::stack`](crate::vm::Vm)).
    fn frame_stack(&self, depth: usize) -> &[Value] {
        let generators_above = self.frames[depth + 1..]
            .iter()
            .filter(|frame| frame.generator.is_some())
            .count();
        match generators_above {
            0 => &self.stack,
            above => &self.generator_outer[self.generator_outer.len() - above].stack,
        }
    }

    /// The variables (fast locals, then cells) of the frame of `object`
    /// and the instruction it is at (`None`: not started).
    fn frame_state(&self, object: ObjRef) -> (Vec<Value>, Option<u32>) {
        let data = FrameObject::of(&object);
        let code = code_of(&data.code);
        let count = code.nlocals() + code.ncells();
        match self.frame_place(object) {
            Place::Running(depth) => {
                let frame = &self.frames[depth];
                let stack = self.frame_stack(depth);
                let base = frame.base as usize;
                let end = (base + count).min(stack.len());
                let values = stack.get(base..end).unwrap_or(&[]).to_vec();
                (values, frame.ip.checked_sub(1))
            }
            Place::Suspended => {
                let Some(Payload::Generator(cell)) = data.generator.as_ref().map(|g| &g.payload)
                else {
                    return (Vec::new(), None);
                };
                let generator = cell.borrow();
                let values = generator.stack.iter().take(count).copied().collect();
                let ip = generator.frame.map_or(0, |frame| frame.ip);
                (values, ip.checked_sub(1))
            }
            Place::Ended => match &*data.ended.borrow() {
                Some(ended) => (ended.values.to_vec(), ended.instruction),
                None => (Vec::new(), None),
            },
        }
    }

    /// `f_lineno`: the line of the instruction the frame is at (the first
    /// line before it starts).
    fn frame_line(&self, object: ObjRef) -> u32 {
        let code = &code_of(&FrameObject::of(&object).code).code;
        let (_, instruction) = self.frame_state(object);
        let Some(instruction) = instruction else {
            return code.firstlineno;
        };
        // An instruction of no line of its own is on the line of the one
        // before it.
        (0..=instruction as usize)
            .rev()
            .find_map(|index| code.locations.get(index).and_then(|l| l.line))
            .unwrap_or(code.firstlineno)
    }

    /// `f_locals`: the namespace of a module or class body; for a
    /// function, its dict of the variables that have a value (fast locals,
    /// cell and free variables, in CPython's order), brought up to date.
    fn frame_locals(&mut self, object: ObjRef) -> Value {
        let data = FrameObject::of(&object);
        if !data.namespace.is_null() {
            return data.namespace;
        }
        let (values, _) = self.frame_state(object);
        let dict = match data.locals.get() {
            Value::Obj(dict) => dict,
            _ => {
                let dict = self.new_dict();
                data.locals.set(Value::Obj(dict));
                dict
            }
        };
        let code = code_of(&data.code);
        let nlocals = code.nlocals();
        let ncellvars = code.code.cellvars.len();
        let mut pairs: Vec<(ObjRef, Value)> = Vec::with_capacity(values.len());
        for (index, &name) in code.varnames.iter().enumerate() {
            // A parameter a closure captures lives in its cell.
            let cell = code
                .cell_args
                .iter()
                .position(|argument| *argument == Some(index as u32));
            let value = match cell {
                Some(cell) => cell_contents(values.get(nlocals + cell)),
                None => values.get(index).copied().unwrap_or(Value::Null),
            };
            pairs.push((name, value));
        }
        let cells = code.code.cellvars.iter().enumerate();
        let cellvars = cells.filter(|(index, _)| code.cell_args.get(*index) == Some(&None));
        let frees = code.code.freevars.iter().enumerate();
        let names: Vec<(usize, String)> = cellvars
            .map(|(index, name)| (nlocals + index, name.to_string()))
            .chain(frees.map(|(index, name)| (nlocals + ncellvars + index, name.to_string())))
            .collect();
        for (slot, name) in names {
            let name = self.intern(&name);
            pairs.push((name, cell_contents(values.get(slot))));
        }
        for (name, value) in pairs {
            if value.is_null() {
                // A str key: no Python code runs, nothing can fail.
                let _ = self.dict_remove(dict, Value::Obj(name));
            } else {
                self.dict_set_str(dict, name, value);
            }
        }
        Value::Obj(dict)
    }

    /// `f_back`: the frame object of the frame that called this one (made
    /// if need be), or `None` (the outermost frame, a suspended
    /// generator's).
    fn frame_back(&mut self, object: ObjRef) -> Value {
        match self.frame_place(object) {
            Place::Running(0) | Place::Suspended => Value::None,
            Place::Running(depth) => Value::Obj(self.frame_object_at(depth - 1)),
            Place::Ended => FrameObject::of(&object)
                .ended
                .borrow()
                .as_ref()
                .map_or(Value::None, |ended| ended.back),
        }
    }

    /// An attribute of a frame object; `None` when it has no such
    /// attribute.
    pub(crate) fn frame_attr(&mut self, object: ObjRef, name: &str) -> Option<Value> {
        let data = FrameObject::of(&object);
        Some(match name {
            "f_code" => Value::Obj(data.code),
            "f_globals" => Value::Obj(data.globals),
            "f_builtins" => Value::Obj(data.builtins),
            "f_locals" => self.frame_locals(object),
            "f_lineno" => Value::Int(i64::from(self.frame_line(object))),
            // CPython counts bytes of two-byte code units; pyvm's
            // instructions are its own, so only `0` (not started, as a
            // created generator's) means the same.
            "f_lasti" => {
                let instruction = self.frame_state(object).1.unwrap_or(0);
                Value::Int(i64::from(instruction) * 2)
            }
            "f_back" => self.frame_back(object),
            "f_trace" => data.trace.get(),
            "f_trace_lines" => Value::bool(data.trace_lines.get()),
            "f_trace_opcodes" => Value::bool(data.trace_opcodes.get()),
            _ => return None,
        })
    }

    /// Assigning (`new` is `Some`) or deleting an attribute of a frame
    /// object: done, or the error CPython gives; `None` when `name` is no
    /// attribute of frames.
    pub(crate) fn frame_set_attr(
        &mut self,
        object: ObjRef,
        name: &str,
        new: Option<Value>,
    ) -> Option<PyResult<()>> {
        let Payload::Frame(data) = &object.payload else {
            return None;
        };
        Some(match (name, new) {
            ("f_trace", new) => {
                data.trace.set(new.unwrap_or(Value::None));
                Ok(())
            }
            ("f_trace_lines" | "f_trace_opcodes", Some(Value::Bool(flag))) => {
                let field = match name {
                    "f_trace_lines" => &data.trace_lines,
                    _ => &data.trace_opcodes,
                };
                field.set(flag.get());
                Ok(())
            }
            ("f_trace_lines" | "f_trace_opcodes", Some(_)) => {
                Err(self.type_error("attribute value type must be bool"))
            }
            ("f_trace_lines" | "f_trace_opcodes", None) => {
                Err(self.type_error("can't delete numeric/char attribute"))
            }
            // As CPython's `frame_setlineno` outside a trace function.
            ("f_lineno", None) => {
                Err(self.error(ExceptionClass::AttributeError, "cannot delete attribute"))
            }
            ("f_lineno", Some(Value::Int(_))) => {
                Err(self.value_error("can't jump from the 'call' trace event of a new frame"))
            }
            ("f_lineno", Some(_)) => Err(self.value_error("lineno must be an integer")),
            ("f_back" | "f_builtins" | "f_code" | "f_globals" | "f_lasti" | "f_locals", _) => {
                Err(self.error(
                    ExceptionClass::AttributeError,
                    format!("attribute '{name}' of 'frame' objects is not writable"),
                ))
            }
            _ => return None,
        })
    }

    /// `frame.clear()`: drops the variables of a frame whose run ended,
    /// closing a suspended generator's first; a running frame cannot be
    /// cleared.
    pub(crate) fn frame_clear(&mut self, object: ObjRef) -> PyResult<()> {
        let data = FrameObject::of(&object);
        match self.frame_place(object) {
            Place::Running(_) => {
                return Err(self.error(
                    ExceptionClass::RuntimeError,
                    "cannot clear an executing frame",
                ))
            }
            Place::Suspended => {
                if let Some(generator) = data.generator {
                    self.close_generator(generator)?;
                }
            }
            Place::Ended => {}
        }
        data.trace.set(Value::None);
        if let Some(ended) = data.ended.borrow_mut().as_mut() {
            ended.values = Box::new([]);
        }
        Ok(())
    }

    /// `repr(frame)`: `<frame at 0x…, file '…', line N, code NAME>`.
    pub(crate) fn frame_repr(&mut self, object: ObjRef) -> PyResult<String> {
        let code = code_of(&FrameObject::of(&object).code);
        let (filename, name) = (code.code.filename.clone(), code.code.name.clone());
        let filename = self.str_value(&filename);
        let filename = self.repr_string(filename)?;
        let line = self.frame_line(object);
        Ok(format!(
            "<frame at {:#x}, file {filename}, line {line}, code {name}>",
            object.address()
        ))
    }

    /// `sys._getframe(depth)`: the frame object `depth` calls below the
    /// current frame.
    pub(crate) fn getframe(&mut self, depth: i64) -> PyResult<Value> {
        let len = self.frames.len();
        let depth = usize::try_from(depth.max(0)).unwrap_or(usize::MAX);
        if depth >= len {
            return Err(self.value_error("call stack is not deep enough"));
        }
        Ok(Value::Obj(self.frame_object_at(len - 1 - depth)))
    }
}
