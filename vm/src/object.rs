//! [`Object`]: what the heap holds — a type, an optional attribute dict,
//! and the [`Payload`] that makes it an int, a list, a function…
//!
//! Each built-in type keeps its data in one `Payload` variant; a subclass's
//! instance (`class MyList(list)`) has its base's payload, its own class
//! and a dict. Plain instances of user classes have [`Payload::Instance`].

use std::cell::{Cell, RefCell};

use pyvm_heap::{Trace, Tracer};

use crate::number::complex::Complex;
use crate::number::Int;
use crate::objects::async_generator::AsyncGenStep;
use crate::objects::await_wrapper::AwaitWrapper;
use crate::objects::code::Code;
use crate::objects::dict::Dict;
use crate::objects::exception::ExceptionData;
use crate::objects::file::FileData;
use crate::objects::frame::FrameObject;
use crate::objects::function::{Builtin, Function};
use crate::objects::generator::{Generator, GeneratorKind, GeneratorState};
use crate::objects::iterator::{DictView, IterState};
use crate::objects::member::{Member, SlotValues};
use crate::objects::memoryview::MemoryView;
use crate::objects::module::ModuleData;
use crate::objects::property::Property;
use crate::objects::random::Mt19937;
use crate::objects::range::Range;
use crate::objects::set::SetTable;
use crate::objects::str::Str;
use crate::objects::string_io::StringIoData;
use crate::objects::traceback::Traceback;
use crate::objects::tuple::TupleItems;
use crate::objects::type_::TypeData;
use crate::objects::type_alias::TypeAlias;
use crate::objects::weakref::WeakRef;
use crate::value::{ObjRef, Value};

/// A heap object.
pub struct Object {
    /// Its type (`None` only while the first types are being made).
    class: Cell<Option<ObjRef>>,
    /// Its `__dict__`, for objects that have one (modules, functions,
    /// types, instances of user classes), made on first use.
    dict: Cell<Option<ObjRef>>,
    /// What kind of built-in object it is, with its data.
    pub payload: Payload,
}

/// The data of each kind of built-in object.
pub enum Payload {
    /// An instance of a user class with no built-in base but `object`,
    /// with the values of its class's slots.
    Instance(SlotValues),
    /// A type; its attributes are the object's dict.
    Type(Box<TypeData>),
    /// `str`
    Str(Str),
    /// An `int` too large for [`Value::Int`], or an instance of a subclass
    /// of `int`.
    Int(Int),
    /// An instance of a subclass of `float` (floats are [`Value::Float`]).
    Float(f64),
    /// `complex`
    Complex(Complex),
    /// `bytes`
    Bytes(Box<[u8]>),
    /// `bytearray`
    ByteArray(RefCell<Vec<u8>>),
    /// `memoryview`
    MemoryView(Box<MemoryView>),
    /// `tuple`
    Tuple(TupleItems),
    /// `list`
    List(RefCell<Vec<Value>>),
    /// `dict`
    Dict(Box<RefCell<Dict>>),
    /// `set` or `frozenset`.
    Set(Box<RefCell<SetTable>>),
    /// `dict.keys()`, `dict.values()` or `dict.items()` of a dict.
    DictView(ObjRef, DictView),
    /// A read-only view of a mapping (a class's `__dict__`).
    MappingProxy(ObjRef),
    /// `super(class, object)`: `[class, object]`.
    Super([Value; 2]),
    /// `range`
    Range(Box<Range>),
    /// `slice(start, stop, step)`
    Slice(Box<[Value; 3]>),
    /// A function defined in Python.
    Function(Box<Function>),
    /// A function written in Rust, possibly bound to an object.
    Builtin(Box<Builtin>),
    /// A function bound to an object (`obj.method`).
    Method {
        /// The function.
        function: Value,
        /// The object it is bound to.
        receiver: Value,
    },
    /// A cell: a variable shared between a function and its closures.
    Cell(Cell<Value>),
    /// A code object.
    Code(Box<Code>),
    /// A module; its namespace is the object's dict.
    Module(Box<ModuleData>),
    /// An exception instance.
    Exception(Box<ExceptionData>),
    /// A traceback entry.
    Traceback(Box<Traceback>),
    /// A frame object.
    Frame(Box<FrameObject>),
    /// A built-in iterator.
    Iterator(RefCell<IterState>),
    /// A generator, coroutine or async generator.
    Generator(Box<RefCell<Generator>>),
    /// A weak reference.
    WeakRef(Box<WeakRef>),
    /// `int | None` or `list[int]`.
    TypeAlias(Box<TypeAlias>),
    /// An awaitable step of an async generator (`__anext__()`, `asend()`,
    /// `athrow()`, `aclose()`).
    AsyncGenStep(Box<AsyncGenStep>),
    /// `coroutine_wrapper` or `anext_awaitable`.
    AwaitWrapper(Box<AwaitWrapper>),
    /// `property(fget, fset, fdel, doc)`
    Property(Box<Property>),
    /// A slot of a class with `__slots__` (`member_descriptor`).
    Member(Member),
    /// `staticmethod(f)`
    StaticMethod(Value),
    /// `classmethod(f)`
    ClassMethod(Value),
    /// `random.Random`: a Mersenne Twister.
    Random(RefCell<Box<Mt19937>>),
    /// A file object (`open()`, `sys.stdout`…).
    File(RefCell<Box<FileData>>),
    /// `io.StringIO`: text in memory.
    StringIo(RefCell<Box<StringIoData>>),
}

impl Object {
    /// An object of type `class` with `payload` and no dict.
    pub fn new(class: ObjRef, payload: Payload) -> Object {
        Object {
            class: Cell::new(Some(class)),
            dict: Cell::new(None),
            payload,
        }
    }

    /// An object whose type is set later with [`Object::set_class`]: only
    /// for the first types, which are instances of each other.
    pub(crate) fn without_class(payload: Payload) -> Object {
        Object {
            class: Cell::new(None),
            dict: Cell::new(None),
            payload,
        }
    }

    /// Its type.
    pub fn class(&self) -> ObjRef {
        self.class
            .get()
            .expect("every object has its type once the VM is made")
    }

    /// Sets its type (`obj.__class__ = C`, and bootstrapping).
    pub fn set_class(&self, class: ObjRef) {
        self.class.set(Some(class));
    }

    /// Its `__dict__`, if it has one yet.
    pub fn dict(&self) -> Option<ObjRef> {
        self.dict.get()
    }

    /// Sets its `__dict__`.
    pub fn set_dict(&self, dict: ObjRef) {
        self.dict.set(Some(dict));
    }

    /// The type data, if this is a type.
    pub fn as_type(&self) -> Option<&TypeData> {
        match &self.payload {
            Payload::Type(data) => Some(data),
            _ => None,
        }
    }

    /// The text, if this is a `str`.
    pub fn as_str(&self) -> Option<&Str> {
        match &self.payload {
            Payload::Str(text) => Some(text),
            _ => None,
        }
    }

    /// The items, if this is a `tuple`.
    pub fn as_tuple(&self) -> Option<&[Value]> {
        match &self.payload {
            Payload::Tuple(items) => Some(items),
            _ => None,
        }
    }

    /// The items, if this is a `list`.
    pub fn as_list(&self) -> Option<&RefCell<Vec<Value>>> {
        match &self.payload {
            Payload::List(items) => Some(items),
            _ => None,
        }
    }

    /// The table, if this is a `dict`.
    pub fn as_dict(&self) -> Option<&RefCell<Dict>> {
        match &self.payload {
            Payload::Dict(dict) => Some(dict),
            _ => None,
        }
    }

    /// The table, if this is a `set` or `frozenset`.
    pub fn as_set(&self) -> Option<&RefCell<SetTable>> {
        match &self.payload {
            Payload::Set(set) => Some(set),
            _ => None,
        }
    }

    /// The exception data, if this is an exception.
    pub fn as_exception(&self) -> Option<&ExceptionData> {
        match &self.payload {
            Payload::Exception(data) => Some(data),
            _ => None,
        }
    }
}

/// Marks a value's object, if it is one.
pub(crate) fn trace_value(value: Value, tracer: &mut Tracer<Object>) {
    if let Value::Obj(object) = value {
        tracer.mark(object);
    }
}

/// Marks every object among `values`.
pub(crate) fn trace_values(values: &[Value], tracer: &mut Tracer<Object>) {
    for &value in values {
        trace_value(value, tracer);
    }
}

impl Trace for Object {
    fn trace(&self, tracer: &mut Tracer<Object>) {
        if let Some(class) = self.class.get() {
            tracer.mark(class);
        }
        if let Some(dict) = self.dict.get() {
            tracer.mark(dict);
        }
        match &self.payload {
            Payload::Str(text) => text.trace(tracer),
            Payload::Instance(slots) => {
                for slot in slots.iter().flatten() {
                    trace_value(slot.get(), tracer);
                }
            }
            Payload::Member(member) => member.trace(tracer),
            Payload::Int(_)
            | Payload::Float(_)
            | Payload::Complex(_)
            | Payload::Random(_)
            | Payload::StringIo(_)
            | Payload::Bytes(_)
            | Payload::ByteArray(_)
            | Payload::Range(_) => {}
            Payload::MemoryView(view) => view.trace(tracer),
            Payload::Type(data) => data.trace(tracer),
            Payload::Tuple(items) => trace_values(items, tracer),
            Payload::List(items) => trace_values(&items.borrow(), tracer),
            Payload::Dict(dict) => dict.borrow().trace(tracer),
            Payload::Set(set) => set.borrow().trace(tracer),
            Payload::File(file) => file.borrow().trace(tracer),
            Payload::DictView(dict, _) | Payload::MappingProxy(dict) => tracer.mark(*dict),
            Payload::Super(parts) => trace_values(&parts[..], tracer),
            Payload::Slice(parts) => trace_values(&parts[..], tracer),
            Payload::Function(function) => function.trace(tracer),
            Payload::Builtin(builtin) => builtin.trace(tracer),
            Payload::Method { function, receiver } => {
                trace_value(*function, tracer);
                trace_value(*receiver, tracer);
            }
            Payload::Cell(value) => trace_value(value.get(), tracer),
            Payload::Code(code) => code.trace(tracer),
            Payload::Module(module) => module.trace(tracer),
            Payload::Exception(data) => data.trace(tracer),
            Payload::Traceback(traceback) => traceback.trace(tracer),
            Payload::Frame(frame) => frame.trace(tracer),
            Payload::Iterator(state) => state.borrow().trace(tracer),
            Payload::Generator(generator) => generator.borrow().trace(tracer),
            Payload::AsyncGenStep(step) => step.trace(tracer),
            Payload::AwaitWrapper(wrapper) => wrapper.trace(tracer),
            Payload::WeakRef(weak) => weak.trace(tracer),
            Payload::TypeAlias(alias) => alias.trace(tracer),
            Payload::Property(property) => property.trace(tracer),
            Payload::StaticMethod(function) | Payload::ClassMethod(function) => {
                trace_value(*function, tracer)
            }
        }
    }

    /// A string or number holds only its type (a type is no leaf), and a
    /// dict if it is an instance of a subclass (a dict is no leaf); but a
    /// concatenation not joined yet holds its parts.
    fn is_leaf(&self) -> bool {
        match &self.payload {
            Payload::Str(text) => !text.has_parts(),
            Payload::Int(_) | Payload::Float(_) | Payload::Bytes(_) => true,
            _ => false,
        }
    }

    /// A suspended generator or coroutine is closed; an instance of a
    /// class with `__del__` has it called.
    fn has_finalizer(&self) -> bool {
        match &self.payload {
            Payload::Generator(generator) => generator.try_borrow().is_ok_and(|generator| {
                generator.state == GeneratorState::Suspended
                    && (generator.kind != GeneratorKind::AsyncGenerator
                        || !generator.finalizer.get().is_none() && !generator.closed.get())
            }),
            _ => self
                .class
                .get()
                .and_then(|class| class.as_type().map(|data| data.has_finalizer.get()))
                .unwrap_or(false),
        }
    }

    fn clear_dead_weak_refs(&self, reached: &dyn Fn(ObjRef) -> bool) {
        match &self.payload {
            Payload::Type(data) => data.clear_dead_subclasses(reached),
            Payload::WeakRef(weak) => weak.clear_if_dead(reached),
            _ => {}
        }
    }
}
