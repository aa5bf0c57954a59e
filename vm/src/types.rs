//! The built-in types, made when the VM starts, and the C3 method
//! resolution order every type gets.

use std::cell::{Cell, RefCell};

use pyvm_heap::Heap;

use crate::exception_class::ExceptionClass;
use crate::object::{Object, Payload};
use crate::objects::tuple::TupleItems;
use crate::objects::type_::{Construction, Layout, TypeData};
use crate::value::ObjRef;

/// The built-in type objects.
pub struct Types {
    /// `object`
    pub object: ObjRef,
    /// `type`
    pub type_: ObjRef,
    /// `NoneType`
    pub none: ObjRef,
    /// `NotImplementedType`
    pub not_implemented: ObjRef,
    /// `ellipsis`
    pub ellipsis: ObjRef,
    /// `int`
    pub int: ObjRef,
    /// `bool`
    pub bool: ObjRef,
    /// `float`
    pub float: ObjRef,
    /// `complex`
    pub complex: ObjRef,
    /// `str`
    pub str: ObjRef,
    /// `bytes`
    pub bytes: ObjRef,
    /// `bytearray`
    pub bytearray: ObjRef,
    /// `memoryview`
    pub memoryview: ObjRef,
    /// `tuple`
    pub tuple: ObjRef,
    /// `list`
    pub list: ObjRef,
    /// `dict`
    pub dict: ObjRef,
    /// `range`
    pub range: ObjRef,
    /// `slice`
    pub slice: ObjRef,
    /// `function`
    pub function: ObjRef,
    /// `builtin_function_or_method`
    pub builtin_function: ObjRef,
    /// `classmethod_descriptor`: a built-in type's class method as its
    /// dict holds it (`int.__dict__["from_bytes"]`).
    pub classmethod_descriptor: ObjRef,
    /// `method-wrapper`: a slot wrapper bound to an object
    /// (`(1).__add__`, `f.__call__`).
    pub method_wrapper: ObjRef,
    /// `wrapper_descriptor`: a built-in type's dunder for an operation
    /// the interpreter runs itself (CPython's slot wrapper, `int.__add__`).
    pub wrapper_descriptor: ObjRef,
    /// `method_descriptor`: a built-in type's other methods, unbound
    /// (`str.upper`).
    pub method_descriptor: ObjRef,
    /// `method`
    pub method: ObjRef,
    /// `cell`
    pub cell: ObjRef,
    /// `code`
    pub code: ObjRef,
    /// `module`
    pub module: ObjRef,
    /// `traceback`
    pub traceback: ObjRef,
    /// `frame`
    pub frame: ObjRef,
    /// `generator`
    pub generator: ObjRef,
    /// `coroutine`
    pub coroutine: ObjRef,
    /// `types.GenericAlias` (`list[int]`)
    pub generic_alias: ObjRef,
    /// `types.UnionType` (`int | None`)
    pub union_type: ObjRef,
    /// `weakref.ReferenceType` (`weakref.ref`)
    pub weakref: ObjRef,
    /// `async_generator_asend`
    pub async_generator_asend: ObjRef,
    /// `coroutine_wrapper`
    pub coroutine_wrapper: ObjRef,
    /// `anext_awaitable`
    pub anext_awaitable: ObjRef,
    /// `async_generator_athrow`
    pub async_generator_athrow: ObjRef,
    /// `async_generator`
    pub async_generator: ObjRef,
    /// `property`
    pub property: ObjRef,
    /// `member_descriptor`: a slot of a class with `__slots__`.
    pub member_descriptor: ObjRef,
    /// `staticmethod`
    pub staticmethod: ObjRef,
    /// `classmethod`
    pub classmethod: ObjRef,
    /// `list_iterator`
    pub list_iterator: ObjRef,
    /// `list_reverseiterator`
    pub list_reverseiterator: ObjRef,
    /// `tuple_iterator`
    pub tuple_iterator: ObjRef,
    /// `range_iterator`
    pub range_iterator: ObjRef,
    /// `longrange_iterator`
    pub longrange_iterator: ObjRef,
    /// `str_ascii_iterator` (CPython 3.11's iterator over ASCII text)
    pub str_ascii_iterator: ObjRef,
    /// `str_iterator`
    pub str_iterator: ObjRef,
    /// `bytes_iterator`
    pub bytes_iterator: ObjRef,
    /// `bytearray_iterator`
    pub bytearray_iterator: ObjRef,
    /// `memory_iterator`
    pub memory_iterator: ObjRef,
    /// `dict_keyiterator`
    pub dict_keyiterator: ObjRef,
    /// `dict_valueiterator`
    pub dict_valueiterator: ObjRef,
    /// `dict_itemiterator`
    pub dict_itemiterator: ObjRef,
    /// `iterator` (over an object with `__getitem__`)
    pub seq_iterator: ObjRef,
    /// `callable_iterator`
    pub callable_iterator: ObjRef,
    /// `enumerate`
    pub enumerate: ObjRef,
    /// `zip`
    pub zip: ObjRef,
    /// `map`
    pub map: ObjRef,
    /// `filter`
    pub filter: ObjRef,
    /// `reversed`
    pub reversed: ObjRef,
    /// `dict_reversekeyiterator`
    pub dict_reversekeyiterator: ObjRef,
    /// `dict_reversevalueiterator`
    pub dict_reversevalueiterator: ObjRef,
    /// `dict_reverseitemiterator`
    pub dict_reverseitemiterator: ObjRef,
    /// `set`
    pub set: ObjRef,
    /// `frozenset`
    pub frozenset: ObjRef,
    /// `set_iterator`
    pub set_iterator: ObjRef,
    /// `dict_keys`
    pub dict_keys: ObjRef,
    /// `dict_values`
    pub dict_values: ObjRef,
    /// `dict_items`
    pub dict_items: ObjRef,
    /// `mappingproxy`
    pub mappingproxy: ObjRef,
    /// `getset_descriptor`: a class's `__dict__` and `__weakref__`.
    pub getset_descriptor: ObjRef,
    /// `super`
    pub super_: ObjRef,
    /// `random.Random`
    pub random: ObjRef,
    /// `_io.TextIOWrapper` (text files)
    pub text_io_wrapper: ObjRef,
    /// `_io.BufferedReader` (binary files opened for reading)
    pub buffered_reader: ObjRef,
    /// `_io.BufferedWriter` (binary files opened for writing)
    pub buffered_writer: ObjRef,
    /// `_io.BufferedRandom` (binary files opened for both)
    pub buffered_random: ObjRef,
    /// `_io.StringIO`
    pub string_io: ObjRef,
    /// `io.UnsupportedOperation` (an `OSError` and a `ValueError`; not a
    /// builtin)
    pub unsupported_operation: ObjRef,
    /// The exception classes, in [`ExceptionClass::ALL`] order.
    pub exceptions: Vec<ObjRef>,
    /// `()`, shared.
    pub empty_tuple: ObjRef,
}

/// Makes a built-in type object. Its class is set by the caller when
/// `metatype` is `None` (only while `type` itself is being made).
fn make_type(
    heap: &mut Heap<Object>,
    metatype: Option<ObjRef>,
    dict_type: Option<ObjRef>,
    name: &str,
    bases: &[ObjRef],
    layout: Layout,
    subclassable: bool,
) -> ObjRef {
    let data = TypeData {
        name: RefCell::new(name.to_owned()),
        qualname: RefCell::new(name.to_owned()),
        bases: RefCell::new(bases.to_vec()),
        base: Cell::new(bases.first().copied()),
        mro: RefCell::new(Vec::new()),
        layout,
        subclassable,
        is_user_class: false,
        slots: None,
        slot_count: Cell::new(0),
        has_finalizer: Cell::new(false),
        new_slot_kept: Cell::new(false),
        subclasses: RefCell::new(Vec::new()),
        struct_seq: None,
        version: Cell::new(0),
        instance_attributes: Cell::new(0),
        construction: Cell::new(Construction::UNKNOWN),
    };
    let payload = Payload::Type(Box::new(data));
    let class = match metatype {
        Some(metatype) => heap.alloc(Object::new(metatype, payload)),
        None => heap.alloc(Object::without_class(payload)),
    };
    if let Some(dict_type) = dict_type {
        let dict = heap.alloc(Object::new(dict_type, Payload::Dict(Box::default())));
        class.set_dict(dict);
    }
    let mro = c3_mro(class, bases).expect("the built-in hierarchy is consistent");
    *class.as_type().expect("just made").mro.borrow_mut() = mro;
    register_subclass(heap, class);
    class
}

/// Records `class` in its bases' `__subclasses__()` and registers it to
/// have its own list pruned by the collector.
pub(crate) fn register_subclass(heap: &mut Heap<Object>, class: ObjRef) {
    record_in_bases(class);
    heap.register_weak_holder(class);
}

/// Records `class` in the `__subclasses__()` of each of its bases.
pub(crate) fn record_in_bases(class: ObjRef) {
    let data = class.as_type().expect("a type");
    for base in data.bases.borrow().iter() {
        if let Some(base) = base.as_type() {
            base.subclasses.borrow_mut().push(class);
        }
    }
}

/// The method resolution order of `class` with `bases`, by C3
/// linearisation; when there is none, `Err` with the classes that could
/// not be ordered (the heads of the sequences left to merge, which
/// CPython's `set_mro_error` names).
pub fn c3_mro(class: ObjRef, bases: &[ObjRef]) -> Result<Vec<ObjRef>, Vec<ObjRef>> {
    let mut sequences: Vec<Vec<ObjRef>> = bases
        .iter()
        .map(|base| {
            base.as_type()
                .map_or_else(|| vec![*base], |data| data.mro.borrow().clone())
        })
        .collect();
    sequences.push(bases.to_vec());
    let mut mro = vec![class];
    loop {
        sequences.retain(|sequence| !sequence.is_empty());
        if sequences.is_empty() {
            return Ok(mro);
        }
        // The first head that is in no other sequence's tail.
        let head = sequences.iter().map(|sequence| sequence[0]).find(|&head| {
            sequences
                .iter()
                .all(|sequence| !sequence[1..].contains(&head))
        });
        let Some(head) = head else {
            let mut heads: Vec<ObjRef> = Vec::new();
            for sequence in &sequences {
                if !heads.contains(&sequence[0]) {
                    heads.push(sequence[0]);
                }
            }
            return Err(heads);
        };
        mro.push(head);
        for sequence in &mut sequences {
            if sequence[0] == head {
                sequence.remove(0);
            }
        }
    }
}

/// Puts the built-in exceptions' `__subclasses__()` in CPython's order:
/// it readies `BaseException`'s direct subclasses by name, and makes
/// `ExceptionGroup` after every static exception type.
fn order_exception_subclasses(exceptions: &[ObjRef]) {
    let class = |which: ExceptionClass| exceptions[which.index()];
    let base_exception = class(ExceptionClass::BaseException);
    let data = base_exception.as_type().expect("a type");
    data.subclasses
        .borrow_mut()
        .sort_by_key(|sub| sub.as_type().expect("a type").name.borrow().clone());
    let group = class(ExceptionClass::ExceptionGroup);
    let exception = class(ExceptionClass::Exception);
    let mut subclasses = exception.as_type().expect("a type").subclasses.borrow_mut();
    subclasses.retain(|&sub| sub != group);
    subclasses.push(group);
}

impl Types {
    /// Makes every built-in type.
    pub fn new(heap: &mut Heap<Object>) -> Types {
        // `type` and `object` are instances of `type`, and their dicts are
        // instances of `dict`, which does not exist yet: they get their
        // class and dict once `dict` is made.
        let object = make_type(heap, None, None, "object", &[], Layout::Object, true);
        let type_ = make_type(heap, None, None, "type", &[object], Layout::Type, true);
        object.set_class(type_);
        type_.set_class(type_);
        let dict = make_type(
            heap,
            Some(type_),
            None,
            "dict",
            &[object],
            Layout::Builtin,
            true,
        );
        for early in [object, type_, dict] {
            let namespace = heap.alloc(Object::new(dict, Payload::Dict(Box::default())));
            early.set_dict(namespace);
        }
        let mut new = |name: &str, base: ObjRef, layout: Layout, subclassable: bool| {
            make_type(
                heap,
                Some(type_),
                Some(dict),
                name,
                &[base],
                layout,
                subclassable,
            )
        };
        let builtin = |new: &mut dyn FnMut(&str, ObjRef, Layout, bool) -> ObjRef, name: &str| {
            new(name, object, Layout::Builtin, false)
        };
        let int = new("int", object, Layout::Builtin, true);
        let bool_ = new("bool", int, Layout::Builtin, false);
        let mut exceptions: Vec<ObjRef> = Vec::with_capacity(ExceptionClass::ALL.len());
        for class in ExceptionClass::ALL {
            let base = class.base().map_or(object, |base| exceptions[base.index()]);
            let made = if class == ExceptionClass::ExceptionGroup {
                let group = exceptions[ExceptionClass::BaseExceptionGroup.index()];
                make_type(
                    heap,
                    Some(type_),
                    Some(dict),
                    class.name(),
                    &[group, base],
                    Layout::Exception,
                    true,
                )
            } else {
                make_type(
                    heap,
                    Some(type_),
                    Some(dict),
                    class.name(),
                    &[base],
                    Layout::Exception,
                    true,
                )
            };
            exceptions.push(made);
        }
        order_exception_subclasses(&exceptions);
        let mut new = |name: &str, base: ObjRef, layout: Layout, subclassable: bool| {
            make_type(
                heap,
                Some(type_),
                Some(dict),
                name,
                &[base],
                layout,
                subclassable,
            )
        };
        let tuple = new("tuple", object, Layout::Builtin, true);
        let mut types = Types {
            object,
            type_,
            none: builtin(&mut new, "NoneType"),
            not_implemented: builtin(&mut new, "NotImplementedType"),
            ellipsis: builtin(&mut new, "ellipsis"),
            int,
            bool: bool_,
            float: new("float", object, Layout::Builtin, true),
            complex: new("complex", object, Layout::Builtin, true),
            str: new("str", object, Layout::Builtin, true),
            bytes: new("bytes", object, Layout::Builtin, true),
            bytearray: new("bytearray", object, Layout::Builtin, true),
            memoryview: builtin(&mut new, "memoryview"),
            tuple,
            list: new("list", object, Layout::Builtin, true),
            dict,
            range: builtin(&mut new, "range"),
            slice: builtin(&mut new, "slice"),
            function: builtin(&mut new, "function"),
            builtin_function: builtin(&mut new, "builtin_function_or_method"),
            classmethod_descriptor: builtin(&mut new, "classmethod_descriptor"),
            method_wrapper: builtin(&mut new, "method-wrapper"),
            wrapper_descriptor: builtin(&mut new, "wrapper_descriptor"),
            method_descriptor: builtin(&mut new, "method_descriptor"),
            method: builtin(&mut new, "method"),
            cell: builtin(&mut new, "cell"),
            code: builtin(&mut new, "code"),
            module: new("module", object, Layout::Object, true),
            traceback: builtin(&mut new, "traceback"),
            frame: builtin(&mut new, "frame"),
            generator: builtin(&mut new, "generator"),
            coroutine: builtin(&mut new, "coroutine"),
            async_generator: builtin(&mut new, "async_generator"),
            async_generator_asend: builtin(&mut new, "async_generator_asend"),
            coroutine_wrapper: builtin(&mut new, "coroutine_wrapper"),
            anext_awaitable: builtin(&mut new, "anext_awaitable"),
            weakref: new("ReferenceType", object, Layout::Builtin, false),
            union_type: new("UnionType", object, Layout::Builtin, false),
            generic_alias: new("GenericAlias", object, Layout::Builtin, false),
            async_generator_athrow: builtin(&mut new, "async_generator_athrow"),
            property: new("property", object, Layout::Builtin, true),
            member_descriptor: builtin(&mut new, "member_descriptor"),
            staticmethod: new("staticmethod", object, Layout::Builtin, true),
            classmethod: new("classmethod", object, Layout::Builtin, true),
            list_iterator: builtin(&mut new, "list_iterator"),
            list_reverseiterator: builtin(&mut new, "list_reverseiterator"),
            tuple_iterator: builtin(&mut new, "tuple_iterator"),
            range_iterator: builtin(&mut new, "range_iterator"),
            longrange_iterator: builtin(&mut new, "longrange_iterator"),
            str_ascii_iterator: builtin(&mut new, "str_ascii_iterator"),
            str_iterator: builtin(&mut new, "str_iterator"),
            bytes_iterator: builtin(&mut new, "bytes_iterator"),
            bytearray_iterator: builtin(&mut new, "bytearray_iterator"),
            memory_iterator: builtin(&mut new, "memory_iterator"),
            dict_keyiterator: builtin(&mut new, "dict_keyiterator"),
            dict_valueiterator: builtin(&mut new, "dict_valueiterator"),
            dict_itemiterator: builtin(&mut new, "dict_itemiterator"),
            seq_iterator: builtin(&mut new, "iterator"),
            callable_iterator: builtin(&mut new, "callable_iterator"),
            enumerate: new("enumerate", object, Layout::Builtin, true),
            zip: new("zip", object, Layout::Builtin, true),
            map: new("map", object, Layout::Builtin, true),
            filter: new("filter", object, Layout::Builtin, true),
            reversed: new("reversed", object, Layout::Builtin, true),
            dict_reversekeyiterator: builtin(&mut new, "dict_reversekeyiterator"),
            dict_reversevalueiterator: builtin(&mut new, "dict_reversevalueiterator"),
            dict_reverseitemiterator: builtin(&mut new, "dict_reverseitemiterator"),
            set: new("set", object, Layout::Builtin, true),
            frozenset: new("frozenset", object, Layout::Builtin, true),
            set_iterator: builtin(&mut new, "set_iterator"),
            dict_keys: builtin(&mut new, "dict_keys"),
            dict_values: builtin(&mut new, "dict_values"),
            dict_items: builtin(&mut new, "dict_items"),
            mappingproxy: builtin(&mut new, "mappingproxy"),
            getset_descriptor: builtin(&mut new, "getset_descriptor"),
            super_: new("super", object, Layout::Builtin, true),
            random: new("Random", object, Layout::Builtin, true),
            text_io_wrapper: builtin(&mut new, "TextIOWrapper"),
            buffered_reader: builtin(&mut new, "BufferedReader"),
            buffered_writer: builtin(&mut new, "BufferedWriter"),
            buffered_random: builtin(&mut new, "BufferedRandom"),
            string_io: builtin(&mut new, "StringIO"),
            unsupported_operation: tuple,
            exceptions,
            empty_tuple: tuple,
        };
        types.empty_tuple = heap.alloc(Object::new(
            tuple,
            Payload::Tuple(TupleItems::from_slice(&[])),
        ));
        let os_error = types.exceptions[ExceptionClass::OSError.index()];
        let value_error = types.exceptions[ExceptionClass::ValueError.index()];
        types.unsupported_operation = make_type(
            heap,
            Some(type_),
            Some(dict),
            "UnsupportedOperation",
            &[os_error, value_error],
            Layout::Exception,
            true,
        );
        types
    }

    /// Every built-in type object (not the exception classes).
    pub fn all(&self) -> impl Iterator<Item = ObjRef> + '_ {
        [
            self.object,
            self.type_,
            self.none,
            self.not_implemented,
            self.ellipsis,
            self.int,
            self.bool,
            self.float,
            self.complex,
            self.str,
            self.bytes,
            self.bytearray,
            self.memoryview,
            self.tuple,
            self.list,
            self.dict,
            self.range,
            self.slice,
            self.function,
            self.builtin_function,
            self.classmethod_descriptor,
            self.method_wrapper,
            self.wrapper_descriptor,
            self.method_descriptor,
            self.method,
            self.cell,
            self.code,
            self.module,
            self.traceback,
            self.frame,
            self.generator,
            self.coroutine,
            self.async_generator,
            self.async_generator_asend,
            self.coroutine_wrapper,
            self.anext_awaitable,
            self.weakref,
            self.union_type,
            self.generic_alias,
            self.async_generator_athrow,
            self.property,
            self.member_descriptor,
            self.staticmethod,
            self.classmethod,
            self.list_iterator,
            self.list_reverseiterator,
            self.tuple_iterator,
            self.range_iterator,
            self.longrange_iterator,
            self.str_ascii_iterator,
            self.str_iterator,
            self.bytes_iterator,
            self.bytearray_iterator,
            self.memory_iterator,
            self.dict_keyiterator,
            self.dict_valueiterator,
            self.dict_itemiterator,
            self.seq_iterator,
            self.callable_iterator,
            self.enumerate,
            self.zip,
            self.map,
            self.filter,
            self.reversed,
            self.dict_reversekeyiterator,
            self.dict_reversevalueiterator,
            self.dict_reverseitemiterator,
            self.set,
            self.frozenset,
            self.set_iterator,
            self.dict_keys,
            self.dict_values,
            self.dict_items,
            self.mappingproxy,
            self.getset_descriptor,
            self.super_,
            self.random,
            self.text_io_wrapper,
            self.buffered_reader,
            self.buffered_writer,
            self.buffered_random,
            self.string_io,
        ]
        .into_iter()
        .chain(self.exceptions.iter().copied())
    }

    /// Marks every type (they live as long as the VM).
    pub fn trace(&self, tracer: &mut pyvm_heap::Tracer<Object>) {
        for class in self.all() {
            tracer.mark(class);
        }
        tracer.mark(self.empty_tuple);
        tracer.mark(self.unsupported_operation);
    }
}
