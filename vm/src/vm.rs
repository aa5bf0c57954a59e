//! [`Vm`]: one Python interpreter — its heap, built-in types, modules and
//! call stack — and the helpers every part of the VM uses to make objects
//! and raise errors.

use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};

use pyvm_heap::Heap;

use crate::exception_class::ExceptionClass;
use crate::interp::frame::Frame;
use crate::io::Output;
use crate::names::Names;
use crate::number::Int;
use crate::object::{Object, Payload};
use crate::objects::exception::ExceptionData;
use crate::objects::function::{is_slot_wrapper, Builtin, BuiltinKind, NativeFn};
use crate::objects::str::Str;
use crate::objects::tuple::TupleItems;
use crate::ops::fast_call::CallShortcut;
use crate::ops::generator::GeneratorOuter;
use crate::types::Types;
use crate::value::{ObjRef, Value};

/// A raised Python exception, on its way to a handler.
#[derive(Clone, Copy, Debug)]
pub struct PyErr {
    /// The exception instance.
    pub exception: ObjRef,
}

/// The result of anything that may raise.
pub type PyResult<T> = Result<T, PyErr>;

/// CPython's default `sys.getrecursionlimit()`.
pub const DEFAULT_RECURSION_LIMIT: usize = 1000;

/// The largest single object, in bytes (64 GiB), pyvm tries to allocate: bigger
/// requests raise `MemoryError` up front. The operating system may grant
/// a huge request it cannot back (overcommit), and the process would then
/// die filling it instead of raising.
pub(crate) const MAX_ALLOCATION: usize = 1 << 36;

/// How many strings [`Vm::intern_memo`] remembers.
pub(crate) const INTERN_MEMO: usize = 64;

/// Ints below this have their `str` shared (see [`Vm::small_int_strs`]).
pub(crate) const SMALL_INT_STRS: usize = 257;

/// The most items a list or tuple may hold: [`MAX_ALLOCATION`] of them.
pub(crate) const MAX_ITEMS: usize = MAX_ALLOCATION / std::mem::size_of::<Value>();

/// The collector's settings and counters (the `gc` module's view).
pub struct GcSettings {
    /// `gc.isenabled()` ([`GcSettings::set_enabled`]).
    enabled: bool,
    /// Collect at every safepoint (`PYVM_GC_STRESS=1`).
    stress: bool,
    /// Allocations between collections (`gc.get_threshold()[0]`,
    /// [`GcSettings::set_threshold`]).
    threshold: usize,
    /// Collect when this many objects were allocated since the last
    /// collection ([`GcSettings::schedule`]).
    next_collection: usize,
    /// Collect when the program holds this many bytes (as the global
    /// allocator counts them, when it is pyvm-heap's): objects that hold
    /// much memory each (generator frames, long strings) make a
    /// collection due before their number does.
    next_collection_bytes: usize,
    /// Objects freed by collections so far.
    pub collected: usize,
    /// Collections so far.
    pub collections: usize,
    /// Finalizers are running: a collection they cause queues what it
    /// finds for the running loop instead of starting another.
    pub finalizing: bool,
    /// What safepoints compare the allocation count with: `enabled`,
    /// `stress` and `next_collection` folded into one limit, kept so by
    /// the setters, so that the check on every call and loop is two
    /// comparisons.
    pub(crate) due_objects: usize,
    /// What safepoints compare the bytes in use with.
    pub(crate) due_bytes: usize,
}

impl GcSettings {
    /// Settings that collect first after `threshold` allocations.
    pub(crate) fn new(threshold: usize, first_bytes: usize, stress: bool) -> GcSettings {
        let mut settings = GcSettings {
            enabled: true,
            stress,
            threshold,
            next_collection: threshold,
            next_collection_bytes: first_bytes,
            collected: 0,
            collections: 0,
            finalizing: false,
            due_objects: 0,
            due_bytes: 0,
        };
        settings.rearm();
        settings
    }

    /// `gc.get_threshold()[0]`.
    pub(crate) fn threshold(&self) -> usize {
        self.threshold
    }

    /// `gc.isenabled()`.
    pub(crate) fn is_enabled(&self) -> bool {
        self.enabled
    }

    /// `gc.enable()` and `gc.disable()`.
    pub(crate) fn set_enabled(&mut self, on: bool) {
        self.enabled = on;
        self.rearm();
    }

    /// Collect next when `objects` were allocated since the last
    /// collection, or when the program holds `bytes`.
    pub(crate) fn schedule(&mut self, objects: usize, bytes: usize) {
        self.next_collection = objects;
        self.next_collection_bytes = bytes;
        self.rearm();
    }

    /// `gc.set_threshold(threshold)`: the next collection comes after
    /// `threshold` allocations, and so do the ones after it.
    pub(crate) fn set_threshold(&mut self, threshold: usize) {
        self.threshold = threshold;
        self.next_collection = threshold;
        self.rearm();
    }

    /// Recomputes the limits safepoints check from the settings: never
    /// when disabled, at once under stress.
    fn rearm(&mut self) {
        (self.due_objects, self.due_bytes) = match (self.enabled, self.stress) {
            (false, _) => (usize::MAX, usize::MAX),
            (true, true) => (0, 0),
            (true, false) => (self.next_collection, self.next_collection_bytes),
        };
    }
}

/// The file objects of the standard streams (`sys.__stdin__`…).
#[derive(Clone, Copy)]
pub struct Stdio {
    /// `sys.__stdin__`
    pub stdin: ObjRef,
    /// `sys.__stdout__`
    pub stdout: ObjRef,
    /// `sys.__stderr__`
    pub stderr: ObjRef,
}

/// A Python interpreter.
pub struct Vm {
    /// Every object.
    pub(crate) heap: Heap<Object>,
    /// The built-in types.
    pub(crate) types: Types,
    /// Interned strings, by text.
    pub(crate) interned: FxHashMap<Box<str>, ObjRef>,
    /// For `str` objects that are not interned but were looked up by
    /// [`Vm::intern_object`] (a descriptor's attribute name, made once
    /// and passed to `getattr` many times): their address and the
    /// interned string, by address. Emptied at each collection, which may
    /// free them.
    pub(crate) intern_memo: Box<[(usize, Option<ObjRef>); INTERN_MEMO]>,
    /// The names the VM looks up itself.
    pub(crate) names: Names,
    /// What names resolve to on types' MROs.
    pub(crate) type_cache: crate::type_cache::TypeCache,
    /// Where `getattr` and `setattr` with a name computed at run time
    /// found attributes of instances.
    pub(crate) named_attr_cache: crate::ops::attr_by_name::NamedAttrCache,
    /// The `builtins` module.
    pub(crate) builtins: ObjRef,
    /// `sys.modules`
    pub(crate) modules: ObjRef,
    /// The one-character strings of the first 256 code points, made once
    /// and shared (as CPython's Latin-1 singletons): indexing and
    /// iterating over a `str` make no new object for them.
    pub(crate) latin1_chars: Vec<ObjRef>,
    /// The `str` of each int from 10 to [`SMALL_INT_STRS`] - 1, made the
    /// first time one is asked for and shared after (`str(i)`, `f"{i}"`):
    /// small numbers are formatted often, and each string made is one
    /// more to collect. 0 to 9 are [`Vm::latin1_chars`], as in CPython.
    pub(crate) small_int_strs: Box<[Option<ObjRef>; SMALL_INT_STRS]>,
    /// See [`crate::recursion::native_stack_floor`].
    pub(crate) native_stack_floor: usize,
    /// The calls of Python code in progress, innermost last.
    pub(crate) frames: Vec<Frame>,
    /// The variables and value stacks of the frames from the innermost
    /// generator's frame up (of all of them when no generator runs).
    ///
    /// A generator's frame has a value stack of its own: the generator
    /// keeps it while suspended, and it becomes this stack while the frame
    /// runs, the one it replaced being set aside in `generator_outer`. So
    /// resuming and suspending a generator swap two vectors instead of
    /// copying its values.
    pub(crate) stack: Vec<Value>,
    /// Values native code holds across calls into Python code.
    pub(crate) roots: Vec<Value>,
    /// Objects whose finalizers (`__del__`, a generator's `close()`) are
    /// due, oldest first; kept alive until they run.
    pub(crate) pending_finalizers: std::collections::VecDeque<ObjRef>,
    /// The containers whose repr is being made (`[...]` for a cycle).
    pub(crate) repr_stack: Vec<ObjRef>,
    /// The addresses of the objects in `repr_stack`.
    pub(crate) repr_active: HashSet<usize>,
    /// For each generator whose frame is running, what it set aside when
    /// its frame was pushed, innermost last.
    pub(crate) generator_outer: Vec<GeneratorOuter>,
    /// How many values the stacks in `generator_outer` hold.
    pub(crate) set_aside_values: usize,
    /// The emptied value buffers of generators that finished, for new
    /// generators to take (see [`Vm::recycle_generator_buffer`]).
    pub(crate) generator_buffers: Vec<Vec<Value>>,
    /// Generators that were [private](crate::objects::generator::Generator::private)
    /// and finished since the last collection: garbage, each made anew in
    /// place by the next new generators (see [`Vm::reclaim_generator`]).
    pub(crate) finished_generators: Vec<ObjRef>,
    /// What the values consumed generator frames yield go to, innermost
    /// last (see [`Vm::consume_generator`]).
    pub(crate) consumers: Vec<crate::ops::generator::Consumer>,
    /// The exception being handled (`sys.exc_info()`), or `None`.
    pub(crate) handled: Value,
    /// `sys.set_asyncgen_hooks()`: `[firstiter, finalizer]`, each `None`
    /// or a callable.
    pub(crate) asyncgen_hooks: [Value; 2],
    /// The `asyncgen_hooks` type `sys.get_asyncgen_hooks()` gives, made
    /// on first use.
    pub(crate) asyncgen_hooks_type: Option<ObjRef>,
    /// `sys.getrecursionlimit()`
    pub(crate) recursion_limit: usize,
    /// Python frames plus native re-entries in progress.
    pub(crate) depth: usize,
    /// The collector's settings.
    pub(crate) gc: GcSettings,
    /// Set from outside (a SIGINT handler) to raise `KeyboardInterrupt`.
    pub(crate) interrupt: std::sync::Arc<std::sync::atomic::AtomicBool>,
    /// The program ended with an uncaught `KeyboardInterrupt`.
    pub(crate) unhandled_keyboard_interrupt: bool,
    /// `sys.get_int_max_str_digits()`
    pub(crate) max_str_digits: usize,
    /// Key of the string hash (SipHash-1-3), per process unless
    /// `PYTHONHASHSEED` fixes it.
    pub(crate) hash_key: (u64, u64),
    /// Where `print` writes by default.
    pub(crate) stdout: Output,
    /// The file objects of the standard streams, made on first use.
    pub(crate) stdio: Option<Stdio>,
    /// `sys.argv`
    pub(crate) argv: Vec<String>,
    /// Extra `sys.path` folders.
    pub(crate) path: Vec<String>,
    /// The `__main__` module, once a program runs.
    pub(crate) main_module: Option<ObjRef>,
    /// Source texts by file name, for the lines of tracebacks.
    pub(crate) sources: HashMap<String, String>,
}

impl Vm {
    /// Allocates an object of type `class`.
    pub fn alloc(&mut self, class: ObjRef, payload: Payload) -> ObjRef {
        self.heap.alloc(Object::new(class, payload))
    }

    /// Allocates an object of type `class` with the payload `make` builds
    /// once the box is allocated: written straight into the box, not
    /// built aside and copied (see [`pyvm_heap::Heap::alloc_with`]). For
    /// the objects made most often.
    #[inline(always)]
    pub(crate) fn alloc_with(&mut self, class: ObjRef, make: impl FnOnce() -> Payload) -> ObjRef {
        self.heap.alloc_with(|| Object::new(class, make()))
    }

    /// The built-in types.
    pub fn types(&self) -> &Types {
        &self.types
    }

    /// A new `str`.
    pub fn new_str(&mut self, text: &str) -> ObjRef {
        let class = self.types.str;
        self.alloc_with(class, || Payload::Str(Str::new(text)))
    }

    /// The one-character string of `c`: shared for the first 256 code
    /// points (see [`Vm::latin1_chars`]).
    pub(crate) fn char_value(&mut self, c: char) -> Value {
        match self.latin1_chars.get(c as usize) {
            Some(&shared) => Value::Obj(shared),
            None => self.str_value_with_len(&*c.encode_utf8(&mut [0; 4]), 1),
        }
    }

    /// The `str` of ASCII `text`: a shared one for one character (see
    /// [`Vm::latin1_chars`]), as CPython's parts of a split or a slice.
    #[inline]
    pub(crate) fn ascii_str_value(&mut self, text: &str) -> Value {
        match *text.as_bytes() {
            [byte] => Value::Obj(self.latin1_chars[usize::from(byte)]),
            _ => self.str_value_with_len(text, text.len()),
        }
    }

    /// A new `str` value.
    pub fn str_value(&mut self, text: &str) -> Value {
        Value::Obj(self.new_str(text))
    }

    /// A new `str` value of text built for it, which it keeps without
    /// copying.
    pub(crate) fn string_value(&mut self, text: String) -> Value {
        let class = self.types.str;
        Value::Obj(self.alloc_with(class, || Payload::Str(Str::new(text))))
    }

    /// A new `str` value of `text`, whose length in code points the
    /// caller knows (see [`Str::with_len`]).
    pub(crate) fn str_value_with_len(
        &mut self,
        text: impl Into<compact_str::CompactString>,
        chars: usize,
    ) -> Value {
        let class = self.types.str;
        Value::Obj(self.alloc_with(class, || Payload::Str(Str::with_len(text, chars))))
    }

    /// `str(value)` of an `int` that fits in an `i64`: its decimal digits,
    /// written by `itoa` rather than through the formatting machinery
    /// (and with no check that they are text, which `str::from_utf8`
    /// made); shared for small ones (see [`Vm::small_int_strs`]).
    pub(crate) fn int_str(&mut self, value: i64) -> ObjRef {
        if let Ok(small) = usize::try_from(value) {
            if small < 10 {
                return self.latin1_chars[usize::from(b'0') + small];
            }
            if let Some(&shared) = self.small_int_strs.get(small) {
                return match shared {
                    Some(string) => string,
                    None => {
                        let string = self.new_int_str(value);
                        self.small_int_strs[small] = Some(string);
                        string
                    }
                };
            }
        }
        self.new_int_str(value)
    }

    /// A new `str` of `value`.
    fn new_int_str(&mut self, value: i64) -> ObjRef {
        let mut digits = itoa::Buffer::new();
        let text = digits.format(value);
        let class = self.types.str;
        self.alloc_with(class, || Payload::Str(Str::with_len(text, text.len())))
    }

    /// The interned `str` with `text`: the same object each time, so that
    /// names compare by identity.
    pub fn intern(&mut self, text: &str) -> ObjRef {
        if let Some(&found) = self.interned.get(text) {
            return found;
        }
        let class = self.types.str;
        let string = self.alloc_with(class, || Payload::Str(Str::interned(text)));
        self.interned.insert(text.into(), string);
        string
    }

    /// The interned `str` equal to the `str` object `string`: itself when
    /// it is the interned one.
    pub(crate) fn intern_object(&mut self, string: ObjRef) -> ObjRef {
        let text = string.as_str().expect("a str");
        if text.is_interned() {
            return string;
        }
        let slot = (string.address() >> 4) % INTERN_MEMO;
        if let (address, Some(interned)) = self.intern_memo[slot] {
            if address == string.address() {
                return interned;
            }
        }
        let interned = self.intern(text.as_str());
        self.intern_memo[slot] = (string.address(), Some(interned));
        interned
    }

    /// An `int` value: immediate when it fits in `i64`.
    pub fn int_value(&mut self, value: Int) -> Value {
        match value {
            Int::Small(small) => Value::Int(small),
            big => {
                let class = self.types.int;
                Value::Obj(self.alloc_with(class, || Payload::Int(big)))
            }
        }
    }

    /// A new `tuple`.
    pub fn new_tuple(&mut self, items: impl Into<TupleItems>) -> ObjRef {
        let class = self.types.tuple;
        self.alloc_with(class, || Payload::Tuple(items.into()))
    }

    /// The empty tuple.
    pub fn empty_tuple(&self) -> ObjRef {
        self.types.empty_tuple
    }

    /// A new `list`.
    pub fn new_list(&mut self, items: Vec<Value>) -> ObjRef {
        let class = self.types.list;
        self.alloc_with(class, || Payload::List(RefCell::new(items)))
    }

    /// A new empty `dict`.
    pub fn new_dict(&mut self) -> ObjRef {
        let class = self.types.dict;
        self.alloc_with(class, || Payload::Dict(Box::default()))
    }

    /// A new built-in function object.
    pub fn new_builtin(
        &mut self,
        name: &'static str,
        owner: Option<&'static str>,
        function: NativeFn,
        kind: BuiltinKind,
    ) -> ObjRef {
        let class = match (kind, owner) {
            (BuiltinKind::ClassMethod, _) => self.types.classmethod_descriptor,
            (BuiltinKind::Method, Some(owner)) if is_slot_wrapper(owner, name) => {
                self.types.wrapper_descriptor
            }
            (BuiltinKind::Method, Some(_)) => self.types.method_descriptor,
            _ => self.types.builtin_function,
        };
        self.alloc(
            class,
            Payload::Builtin(Box::new(Builtin {
                name,
                owner,
                function,
                kind,
                receiver: Value::Null,
                module: Value::Null,
                shortcut: CallShortcut::of(function),
            })),
        )
    }

    /// The type object of a built-in exception class.
    pub fn exception_type(&self, class: ExceptionClass) -> ObjRef {
        self.types.exceptions[class.index()]
    }

    /// A new exception instance of type `class` with `args`.
    pub fn new_exception(&mut self, class: ObjRef, args: Vec<Value>) -> ObjRef {
        let args = Value::Obj(self.new_tuple(args));
        self.alloc_with(class, || {
            Payload::Exception(Box::new(ExceptionData::new(args)))
        })
    }

    /// A built-in exception of `class` with `message` as its one argument,
    /// ready to return as an error.
    pub fn error(&mut self, class: ExceptionClass, message: impl AsRef<str>) -> PyErr {
        let message = self.str_value(message.as_ref());
        let class = self.exception_type(class);
        let exception = self.new_exception(class, vec![message]);
        self.set_context(exception);
        PyErr { exception }
    }

    /// `MemoryError()`: raised with no arguments, as CPython's
    /// `PyErr_NoMemory`.
    pub(crate) fn memory_error(&mut self) -> PyErr {
        let class = self.exception_type(ExceptionClass::MemoryError);
        let exception = self.new_exception(class, Vec::new());
        self.set_context(exception);
        PyErr { exception }
    }

    /// `MemoryError` for an object of `bytes` bytes (`None`: more than a
    /// `usize` counts) bigger than [`MAX_ALLOCATION`]: Rust would abort on
    /// the failed allocation where CPython raises.
    pub(crate) fn check_allocation(&mut self, bytes: Option<usize>) -> PyResult<()> {
        match bytes {
            Some(bytes) if bytes <= MAX_ALLOCATION => Ok(()),
            _ => Err(self.memory_error()),
        }
    }

    /// Sets `__context__` of an exception being raised to the exception
    /// being handled, as CPython's `_PyErr_SetObject` (breaking a cycle
    /// the link would close).
    pub(crate) fn set_context(&mut self, exception: ObjRef) {
        let Value::Obj(handled) = self.handled else {
            return;
        };
        if handled == exception || handled.as_exception().is_none() {
            return;
        }
        let mut link = handled;
        while let Some(context) = link
            .as_exception()
            .and_then(|d| d.context.get().as_object())
        {
            if context == exception {
                if let Some(data) = link.as_exception() {
                    data.context.set(Value::None);
                }
                break;
            }
            link = context;
        }
        if let Some(data) = exception.as_exception() {
            data.context.set(Value::Obj(handled));
        }
    }

    /// `KeyError(key)`: the missing key is the exception's one argument.
    pub(crate) fn key_error(&mut self, key: Value) -> PyErr {
        let class = self.exception_type(ExceptionClass::KeyError);
        let exception = self.new_exception(class, vec![key]);
        self.set_context(exception);
        PyErr { exception }
    }

    /// A `TypeError` with `message`.
    pub fn type_error(&mut self, message: impl AsRef<str>) -> PyErr {
        self.error(ExceptionClass::TypeError, message)
    }

    /// A `ValueError` with `message`.
    pub fn value_error(&mut self, message: impl AsRef<str>) -> PyErr {
        self.error(ExceptionClass::ValueError, message)
    }

    /// The type of a value.
    pub fn type_of(&self, value: Value) -> ObjRef {
        let types = &self.types;
        match value {
            Value::Null | Value::None => types.none,
            Value::NotImplemented => types.not_implemented,
            Value::Ellipsis => types.ellipsis,
            Value::Bool(_) => types.bool,
            Value::Int(_) => types.int,
            Value::Float(_) => types.float,
            Value::Obj(object) => object.class(),
        }
    }

    /// The `__name__` of a value's type, for messages.
    pub fn type_name(&self, value: Value) -> String {
        type_name_of(self.type_of(value))
    }

    /// Whether `class` is `base` or derives from it.
    pub fn is_subtype(&self, class: ObjRef, base: ObjRef) -> bool {
        class == base
            || class
                .as_type()
                .is_some_and(|data| data.mro.borrow().contains(&base))
    }

    /// Whether `value` is an instance of `class` or of a subclass.
    pub fn is_instance(&self, value: Value, class: ObjRef) -> bool {
        self.is_subtype(self.type_of(value), class)
    }

    /// Whether `value` is an exception instance of `class` or a subclass.
    pub fn is_exception(&self, value: Value, class: ExceptionClass) -> bool {
        self.is_instance(value, self.exception_type(class))
    }
}

/// A type object's `__name__`.
pub fn type_name_of(class: ObjRef) -> String {
    class
        .as_type()
        .map_or_else(|| "?".to_owned(), |data| data.name.borrow().clone())
}

#[cfg(test)]
mod tests {
    use super::GcSettings;

    #[test]
    fn gc_limits_follow_the_settings() {
        let mut gc = GcSettings::new(100, 4096, false);
        assert_eq!((gc.due_objects, gc.due_bytes), (100, 4096));
        gc.set_enabled(false);
        assert_eq!((gc.due_objects, gc.due_bytes), (usize::MAX, usize::MAX));
        gc.schedule(7, 4096);
        assert_eq!((gc.due_objects, gc.due_bytes), (usize::MAX, usize::MAX));
        gc.set_enabled(true);
        assert_eq!((gc.due_objects, gc.due_bytes), (7, 4096));
        gc.set_threshold(50);
        assert_eq!(
            (gc.threshold(), gc.due_objects, gc.due_bytes),
            (50, 50, 4096)
        );

        let mut stressed = GcSettings::new(100, 4096, true);
        assert_eq!((stressed.due_objects, stressed.due_bytes), (0, 0));
        stressed.set_enabled(false);
        assert_eq!(
            (stressed.due_objects, stressed.due_bytes),
            (usize::MAX, usize::MAX)
        );
        stressed.set_enabled(true);
        stressed.schedule(7, 4096);
        assert_eq!((stressed.due_objects, stressed.due_bytes), (0, 0));
    }
}
