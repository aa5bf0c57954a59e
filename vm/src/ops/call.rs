//! Calls: from the interpreter (Python functions get a frame in the same
//! loop) and from native code (which runs the loop until the call
//! returns), to every kind of callable.

use std::cell::Cell;

use pyvm_bytecode::CodeFlags;

use crate::exception_class::ExceptionClass;
use crate::interp::frame::Frame;
use crate::interp::run::{code_of, Exit};
use crate::object::Payload;
use crate::objects::function::{is_slot_wrapper, Args, Builtin, BuiltinKind, Function};
use crate::objects::generator::GeneratorKind;
use crate::objects::type_alias::TypeAlias;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// Arguments copied for a native call: inline when there are few, so
/// that calling a built-in allocates nothing.
pub(crate) enum ArgsCopy {
    Inline([Value; ArgsCopy::INLINE], usize),
    Heap(Vec<Value>),
}

impl ArgsCopy {
    const INLINE: usize = 4;

    /// `first` (if not [`Value::Null`]) followed by `rest`.
    #[inline]
    pub(crate) fn new(first: Value, rest: &[Value]) -> ArgsCopy {
        const NULL: Value = Value::Null;
        // Each count its own whole array: no store is written twice, and
        // no `memcpy` call for these few moves.
        let inline = if first.is_null() {
            match *rest {
                [] => ([NULL; 4], 0),
                [a] => ([a, NULL, NULL, NULL], 1),
                [a, b] => ([a, b, NULL, NULL], 2),
                [a, b, c] => ([a, b, c, NULL], 3),
                [a, b, c, d] => ([a, b, c, d], 4),
                _ => return ArgsCopy::Heap(rest.to_vec()),
            }
        } else {
            match *rest {
                [] => ([first, NULL, NULL, NULL], 1),
                [a] => ([first, a, NULL, NULL], 2),
                [a, b] => ([first, a, b, NULL], 3),
                [a, b, c] => ([first, a, b, c], 4),
                _ => {
                    let mut values = Vec::with_capacity(rest.len() + 1);
                    values.push(first);
                    values.extend_from_slice(rest);
                    return ArgsCopy::Heap(values);
                }
            }
        };
        ArgsCopy::Inline(inline.0, inline.1)
    }

    #[inline]
    pub(crate) fn as_slice(&self) -> &[Value] {
        match self {
            ArgsCopy::Inline(values, count) => &values[..*count],
            ArgsCopy::Heap(values) => values,
        }
    }
}

/// The most locals a call binds its arguments to aside without
/// allocating.
const INLINE_LOCALS: usize = 16;

/// What the interpreter does after a call instruction.
pub(crate) enum CallOutcome {
    /// The result is on the stack: go on.
    Done,
    /// A frame was pushed: run it.
    Pushed,
}

impl Vm {
    /// Calls `callable` with positional arguments.
    pub fn call_function(&mut self, callable: Value, args: &[Value]) -> PyResult<Value> {
        self.call(callable, Args::positional(args))
    }

    /// Calls `callable` with `args`.
    pub fn call(&mut self, callable: Value, args: Args<'_>) -> PyResult<Value> {
        let Value::Obj(object) = callable else {
            return Err(self.not_callable(callable));
        };
        match &object.payload {
            Payload::Function(_) => self.call_python(object, args),
            Payload::Builtin(builtin) => self.call_builtin(builtin, args),
            Payload::Method { function, receiver } => {
                let positional = ArgsCopy::new(*receiver, args.positional);
                self.call(
                    *function,
                    Args {
                        positional: positional.as_slice(),
                        ..args
                    },
                )
            }
            // Static methods are callable themselves since Python 3.10.
            Payload::StaticMethod(function) => self.call(*function, args),
            Payload::TypeAlias(alias) => match **alias {
                TypeAlias::Generic { origin, .. } => self.call(origin, args),
                TypeAlias::Union(_) => Err(self.not_callable(callable)),
            },
            Payload::WeakRef(weak) => {
                let given = args.positional.len() + args.keyword_values.len();
                self.call_weakref(weak, given)
            }
            Payload::Type(_) => {
                // A metaclass's `__call__` decides what calling its classes
                // does.
                if let Some(metaclass) = self.user_class(object) {
                    let name = self.names.__call__;
                    if let Some(method) = self.lookup_user(metaclass, name) {
                        let bound = self.bind(method, callable, metaclass)?;
                        return self.call(bound, args);
                    }
                }
                self.call_type(object, args)
            }
            _ => {
                if let Some(class) = self.user_class(object) {
                    let name = self.names.__call__;
                    if let Some(method) = self.lookup_user(class, name) {
                        let bound = self.bind(method, callable, class)?;
                        return self.call(bound, args);
                    }
                }
                Err(self.not_callable(callable))
            }
        }
    }

    fn not_callable(&mut self, callable: Value) -> crate::vm::PyErr {
        let name = self.type_name(callable);
        self.type_error(format!("'{name}' object is not callable"))
    }

    /// `RecursionError: maximum recursion depth exceeded{context}`.
    pub(crate) fn recursion_error(&mut self, context: &str) -> crate::vm::PyErr {
        self.error(
            ExceptionClass::RecursionError,
            format!("maximum recursion depth exceeded{context}"),
        )
    }

    /// Calls a Python function from native code: its frame runs in a
    /// nested interpreter loop.
    fn call_python(&mut self, function: ObjRef, args: Args<'_>) -> PyResult<Value> {
        self.guard_native_stack("")?;
        let start = self.stack.len();
        self.stack.extend_from_slice(args.positional);
        self.stack.extend_from_slice(args.keyword_values);
        match self.push_frame(
            function,
            start,
            args.positional.len(),
            args.keyword_names,
            start,
            true,
        )? {
            Some(generator) => Ok(generator),
            None => match self.run()? {
                Exit::Return(value) => Ok(value),
                Exit::Yield(_) => unreachable!("a function frame does not yield"),
            },
        }
    }

    /// `Call`/`CallKw`: the callable and its arguments are on the stack.
    pub(crate) fn call_from_stack(
        &mut self,
        argc: usize,
        keyword_names: &[Value],
    ) -> PyResult<CallOutcome> {
        let len = self.stack.len();
        let result_slot = len - argc - 2;
        let first = self.stack[result_slot];
        let (mut callable, mut args_start) = if first.is_null() {
            (self.stack[len - argc - 1], len - argc)
        } else {
            (first, len - argc - 1)
        };
        if let Some(Payload::Method { function, receiver }) = callable.payload() {
            if matches!(function.payload(), Some(Payload::Function(_))) {
                // Unpack the bound method in place: [receiver, args…].
                if first.is_null() {
                    self.stack[len - argc - 1] = *receiver;
                } else {
                    // The callable is below its first argument (`with`'s
                    // `__exit__(None, None, None)`): make room.
                    self.stack.insert(args_start, *receiver);
                }
                callable = *function;
                args_start = len - argc - 1;
            }
        }
        let positional = self.stack.len() - args_start - keyword_names.len();
        if let Some(function) = callable
            .as_object()
            .filter(|f| matches!(f.payload, Payload::Function(_)))
        {
            return match self.push_frame(
                function,
                args_start,
                positional,
                keyword_names,
                result_slot,
                false,
            )? {
                None => Ok(CallOutcome::Pushed),
                Some(generator) => {
                    self.push(generator);
                    Ok(CallOutcome::Done)
                }
            };
        }
        if first.is_null() {
            if let Some(class) = callable.as_object().filter(|c| c.as_type().is_some()) {
                if let Some(outcome) =
                    self.push_init_frame(class, args_start, positional, keyword_names, result_slot)?
                {
                    return Ok(outcome);
                }
            }
        }
        // `super()` in a method, made at once.
        if positional == 0
            && keyword_names.is_empty()
            && callable.as_object() == Some(self.types.super_)
        {
            let result = self.construct_super(Args::positional(&[]))?;
            self.stack.truncate(result_slot);
            self.push(result);
            return Ok(CallOutcome::Done);
        }
        // The arguments stay on the stack (rooted) while the call runs.
        let args = ArgsCopy::new(Value::Null, &self.stack[args_start..]);
        let args = args.as_slice();
        let result = self.call(
            callable,
            Args {
                positional: &args[..positional],
                keyword_names,
                keyword_values: &args[positional..],
            },
        )?;
        self.stack.truncate(result_slot);
        self.push(result);
        Ok(CallOutcome::Done)
    }

    /// `CallFunctionEx`: `f(*args, **kwargs)`.
    pub(crate) fn call_function_ex(&mut self, has_kwargs: bool) -> PyResult<CallOutcome> {
        let kwargs = if has_kwargs { Some(self.peek(1)) } else { None };
        let args_value = self.peek(1 + usize::from(has_kwargs));
        let callable = self.peek(2 + usize::from(has_kwargs));
        let receiver_or_null = self.peek(3 + usize::from(has_kwargs));
        let mut positional = match args_value.object().and_then(|a| a.as_tuple()) {
            Some(items) => items.to_vec(),
            None => {
                let Ok(iterator) = self.get_iter(args_value) else {
                    let name = self.function_name(callable);
                    let type_name = self.type_name(args_value);
                    return Err(self.type_error(format!(
                        "{name} argument after * must be an iterable, not {type_name}"
                    )));
                };
                self.collect_iterator(iterator)?
            }
        };
        let (callable, receiver) = if receiver_or_null.is_null() {
            (callable, None)
        } else {
            (receiver_or_null, Some(callable))
        };
        if let Some(receiver) = receiver {
            positional.insert(0, receiver);
        }
        let mut names = Vec::new();
        let mut values = Vec::new();
        if let Some(kwargs) = kwargs {
            if let Some(table) = kwargs.object().and_then(|k| k.as_dict()) {
                for (key, value) in table.borrow().iter() {
                    names.push(key.key);
                    values.push(value);
                }
            }
        }
        let result = self.call(
            callable,
            Args {
                positional: &positional,
                keyword_names: &names,
                keyword_values: &values,
            },
        )?;
        let keep = self.stack.len() - 3 - usize::from(has_kwargs);
        self.stack.truncate(keep);
        self.push(result);
        Ok(CallOutcome::Done)
    }

    /// A callable's name for messages (CPython's `_PyObject_FunctionStr`):
    /// `module.f()`, `C.m()` for the built-ins, `x object` otherwise.
    pub(crate) fn function_name(&mut self, callable: Value) -> String {
        match callable.payload() {
            Some(Payload::Function(f)) => {
                let qualname = self.str_text(f.qualname.get());
                match f.module.get().object().and_then(|m| m.as_str()) {
                    Some(module) if module.as_str() != "builtins" => {
                        format!("{}.{qualname}()", module.as_str())
                    }
                    _ => format!("{qualname}()"),
                }
            }
            Some(Payload::Method { function, .. }) => {
                let function = *function;
                self.function_name(function)
            }
            Some(Payload::Builtin(b)) => match b.owner {
                Some(owner) => format!("{owner}.{}()", b.name),
                None => format!("{}()", b.name),
            },
            Some(Payload::Type(data)) => {
                let qualname = data.qualname.borrow().clone();
                let class = callable.as_object().expect("a type");
                match self.type_module(class) {
                    Some(module) if module != "builtins" => format!("{module}.{qualname}()"),
                    _ => format!("{qualname}()"),
                }
            }
            _ => format!("{} object", self.type_name(callable)),
        }
    }

    /// The receiver of a built-in method called from its class
    /// (`int.__add__(x, y)`): present, and for the dunders of the core
    /// built-in types an instance of the type (CPython's
    /// `descr_check`). Most calls pass the first two tests, made here; the
    /// rest is out of line.
    #[inline]
    fn check_unbound_receiver(
        &mut self,
        builtin: &Builtin,
        receiver: Option<Value>,
    ) -> PyResult<()> {
        let name = builtin.name;
        match receiver {
            None => {
                let owner = builtin.owner.unwrap_or("object");
                Err(if is_slot_wrapper(owner, name) {
                    self.slot_mismatch(name, owner, None)
                } else {
                    self.type_error(format!("unbound method {owner}.{name}() needs an argument"))
                })
            }
            Some(receiver) if name.len() > 4 && name.starts_with("__") && name.ends_with("__") => {
                self.check_dunder_receiver(builtin, receiver)
            }
            Some(_) => Ok(()),
        }
    }

    /// [`Vm::check_unbound_receiver`] of a dunder: an instance of its
    /// type, when that is a core built-in type.
    #[inline(never)]
    fn check_dunder_receiver(&mut self, builtin: &Builtin, receiver: Value) -> PyResult<()> {
        let owner = builtin.owner.unwrap_or("object");
        let name = builtin.name;
        let t = &self.types;
        let class = match owner {
            "int" => t.int,
            "float" => t.float,
            "complex" => t.complex,
            "str" => t.str,
            "bytes" => t.bytes,
            "bytearray" => t.bytearray,
            "list" => t.list,
            "tuple" => t.tuple,
            "dict" => t.dict,
            "set" => t.set,
            "frozenset" => t.frozenset,
            "type" => t.type_,
            "function" => t.function,
            "property" => t.property,
            "classmethod" => t.classmethod,
            "staticmethod" => t.staticmethod,
            _ => return Ok(()),
        };
        if self.is_instance(receiver, class) {
            return Ok(());
        }
        Err(if is_slot_wrapper(owner, name) {
            self.slot_mismatch(name, owner, Some(receiver))
        } else {
            self.descriptor_mismatch(name, owner, Some(receiver))
        })
    }

    /// Calls a function written in Rust: its object first if it is bound,
    /// guarded against native recursion.
    #[inline]
    pub(crate) fn call_builtin(&mut self, builtin: &Builtin, args: Args<'_>) -> PyResult<Value> {
        let function = builtin.function;
        if builtin.kind == BuiltinKind::Method && builtin.receiver.is_null() {
            self.check_unbound_receiver(builtin, args.positional.first().copied())?;
        }
        if self.depth >= self.recursion_limit + 50 || self.native_stack_low() {
            return Err(self.recursion_error(""));
        }
        self.depth += 1;
        let result = if builtin.receiver.is_null() {
            function(self, args)
        } else {
            let positional = ArgsCopy::new(builtin.receiver, args.positional);
            function(
                self,
                Args {
                    positional: positional.as_slice(),
                    ..args
                },
            )
        };
        self.depth -= 1;
        result
    }

    /// `Call` of a function written in Rust whose positional arguments
    /// are on the stack from `args_start`: its result replaces them and
    /// what is below them from `result`.
    #[inline]
    pub(crate) fn call_builtin_from_stack(
        &mut self,
        builtin: &Builtin,
        args_start: usize,
        result: usize,
    ) -> PyResult<()> {
        // The arguments stay on the stack (rooted) while the call runs.
        let args = ArgsCopy::new(Value::Null, &self.stack[args_start..]);
        let value = self.call_builtin(builtin, Args::positional(args.as_slice()))?;
        self.stack.truncate(result);
        self.stack.push(value);
        Ok(())
    }

    /// Pushes the frame of a call of the Python function `f` when
    /// the call binds its `positional` arguments as they are (see
    /// [`Code::simple_call`]), the arguments being on the stack from
    /// `args_start` and the result going to `result`. Returns whether it
    /// did; `false` leaves everything to [`Vm::call_from_stack`].
    ///
    /// Always inlined: at the loop's call arm, the hottest caller, the
    /// compiler kept it a call, paying for the arguments' moves and the
    /// `PyResult<bool>` through memory on every Python-to-Python call.
    ///
    /// [`Code::simple_call`]: crate::objects::code::Code::simple_call
    #[inline(always)]
    pub(crate) fn push_simple_frame(
        &mut self,
        f: &Function,
        args_start: usize,
        positional: usize,
        result: usize,
    ) -> PyResult<bool> {
        let code = code_of(&f.code);
        if !code.simple_call
            || positional != code.code.argcount as usize
            || self.depth >= self.recursion_limit
            || self.value_stacks_full()
        {
            return Ok(false);
        }
        let locals_end = args_start + code.nlocals();
        // Not `resize`, which is an out-of-line call costing more than
        // filling the usual few slots.
        while self.stack.len() < locals_end {
            self.stack.push(Value::Null);
        }
        if let Some(cells) = f.closure.object().and_then(|c| c.as_tuple()) {
            self.stack.extend_from_slice(cells);
        }
        self.depth += 1;
        self.frames
            .push(Frame::for_call(f, args_start, result, false));
        self.entry_safepoint()?;
        Ok(true)
    }

    /// Pushes the frame of a call of `function` whose arguments are on the
    /// stack from `args_start` (`positional` of them, then one value per
    /// keyword name). When the function makes a generator, the generator
    /// is returned instead and the stack is cut back to `result`.
    pub(crate) fn push_frame(
        &mut self,
        function: ObjRef,
        args_start: usize,
        positional: usize,
        keyword_names: &[Value],
        result: usize,
        entry: bool,
    ) -> PyResult<Option<Value>> {
        let Payload::Function(f) = &function.payload else {
            unreachable!("push_frame takes a function")
        };
        let code_object = f.code;
        let code = code_of(&code_object);
        if self.depth >= self.recursion_limit || self.value_stacks_full() {
            self.stack.truncate(result);
            return Err(self.recursion_error(""));
        }
        let co = &code.code;
        let nlocals = code.nlocals();
        let argcount = co.argcount as usize;
        let plain = keyword_names.is_empty()
            && positional <= argcount
            && co.kwonlyargcount == 0
            && !co
                .flags
                .intersects(CodeFlags::VARARGS | CodeFlags::VARKEYWORDS);
        // Positional arguments only, the missing ones from the defaults:
        // bound where they are.
        let defaults = f.defaults.get();
        let defaults = match defaults.payload() {
            Some(Payload::Tuple(defaults)) => &defaults[..],
            _ => &[],
        };
        if plain && positional + defaults.len() >= argcount {
            self.stack.resize(args_start + nlocals, Value::Null);
            let first_default = defaults.len() - (argcount - positional);
            self.stack[args_start + positional..args_start + argcount]
                .copy_from_slice(&defaults[first_default..]);
        } else {
            // Bound aside (inline for a few), then moved in; the arguments
            // stay on the stack meanwhile, rooted should binding run Python
            // code (a `str` subclass's `__hash__` for `**kwargs`).
            let args = ArgsCopy::new(Value::Null, &self.stack[args_start..]);
            let args = args.as_slice();
            let mut inline = [Value::Null; INLINE_LOCALS];
            let mut spilled = Vec::new();
            let locals = if nlocals <= INLINE_LOCALS {
                &mut inline[..nlocals]
            } else {
                spilled.resize(nlocals, Value::Null);
                &mut spilled[..]
            };
            let mark = self.roots.len();
            let bound = self.bind_arguments(
                f,
                code,
                &args[..positional],
                keyword_names,
                &args[positional..],
                locals,
            );
            self.release_roots(mark);
            if let Err(error) = bound {
                self.stack.truncate(result);
                return Err(error);
            }
            self.stack.truncate(args_start);
            self.stack.extend_from_slice(locals);
        }
        // Parameters that closures capture move into their cells, as
        // CPython's `MAKE_CELL` does.
        for argument in code.cell_args.iter() {
            let initial = match argument {
                Some(index) => {
                    let slot = args_start + *index as usize;
                    std::mem::replace(&mut self.stack[slot], Value::Null)
                }
                None => Value::Null,
            };
            let cell = self.new_cell(initial);
            self.push(Value::Obj(cell));
        }
        if let Some(cells) = f.closure.object().and_then(|c| c.as_tuple()) {
            self.stack.extend_from_slice(cells);
        }
        if let Some(kind) = GeneratorKind::of_flags(co.flags) {
            let values = self.stack.split_off(args_start);
            self.stack.truncate(result);
            return Ok(Some(self.new_generator(f, kind, values)));
        }
        let frame = Frame::for_call(f, args_start, result, entry);
        self.depth += 1;
        self.frames.push(frame);
        self.entry_safepoint()?;
        Ok(None)
    }

    /// A new cell holding `value` ([`Value::Null`] for empty).
    pub fn new_cell(&mut self, value: Value) -> ObjRef {
        let class = self.types.cell;
        self.alloc_with(class, || Payload::Cell(Cell::new(value)))
    }

    /// A function object for `code` in `globals`.
    pub(crate) fn new_function(
        &mut self,
        code: ObjRef,
        globals: ObjRef,
        builtins: ObjRef,
        closure: Value,
    ) -> ObjRef {
        let (name, qualname) = {
            let code = code_of(&code);
            (Value::Obj(code.name), Value::Obj(code.qualname))
        };
        let doc = self.docstring_of(code);
        let module_name = self.names.__name__;
        let module = self
            .dict_get_str(globals, module_name)
            .unwrap_or(Value::None);
        let class = self.types.function;
        self.alloc_with(class, || {
            Payload::Function(Box::new(Function {
                code,
                globals,
                builtins,
                name: Cell::new(name),
                qualname: Cell::new(qualname),
                defaults: Cell::new(Value::None),
                kwdefaults: Cell::new(Value::None),
                closure,
                annotations: Cell::new(Value::None),
                doc: Cell::new(doc),
                module: Cell::new(module),
            }))
        })
    }

    /// A function's docstring: CPython 3.11 makes it `co_consts[0]` of a
    /// `def` (`None` there when there is none); lambdas and comprehensions
    /// have none.
    fn docstring_of(&self, code: ObjRef) -> Value {
        let code = code_of(&code);
        match code.code.consts.first() {
            Some(pyvm_bytecode::Constant::Str(_)) if !code.code.name.starts_with('<') => {
                code.consts[0]
            }
            _ => Value::None,
        }
    }
}
