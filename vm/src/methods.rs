//! The methods of the built-in types, one file per type, installed into
//! each type's dict.

mod async_generator;
mod await_wrapper;
mod bytearray;
mod bytes;
mod bytes_text;
mod codec;
mod complex;
mod descriptor;
pub(crate) mod dict;
mod file;
mod float;
mod frame;
pub(crate) mod generator;
mod getset;
mod int;
mod length_hint;
pub(crate) mod list;
mod mappingproxy;
mod member;
mod memoryview;
mod object;
mod property;
mod range;
mod set;
mod slots;
mod str;
mod string_io;
mod unicode;

pub(crate) use self::codec::decode_bytes;
pub(crate) use self::str::encode_text;
use crate::object::Payload;
use crate::objects::function::{Builtin, BuiltinKind, NativeFn};
use crate::objects::property::Property;
use crate::ops::fast_call::CallShortcut;
use crate::types::Types;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;

/// A method table: name, function, how it binds.
pub(crate) type Methods = &'static [(&'static str, NativeFn, BuiltinKind)];

/// Puts `methods` into `class`'s dict.
fn add_methods(vm: &mut Vm, class: ObjRef, owner: &'static str, methods: Methods) {
    let dict = class.dict().expect("a built-in type has a dict");
    for &(name, function, kind) in methods {
        let builtin = vm.new_builtin(name, Some(owner), function, kind);
        let key = vm.intern(name);
        vm.dict_set_str(dict, key, Value::Obj(builtin));
    }
}

/// Puts computed attributes into `class`'s dict: each a `property`
/// whose getter is the function.
fn add_properties(
    vm: &mut Vm,
    class: ObjRef,
    owner: &'static str,
    properties: &[(&'static str, NativeFn)],
) {
    let dict = class.dict().expect("a built-in type has a dict");
    for &(name, getter) in properties {
        let fget = vm.new_builtin(name, Some(owner), getter, BuiltinKind::Method);
        let property = vm.new_read_only_property(Value::Obj(fget));
        let key = vm.intern(name);
        vm.dict_set_str(dict, key, Value::Obj(property));
    }
}

impl Vm {
    /// A `property` with getter `fget` and no setter or deleter.
    pub(crate) fn new_read_only_property(&mut self, fget: Value) -> ObjRef {
        let property = Property::new(fget, Value::None, Value::None, Value::None);
        let property_type = self.types.property;
        self.alloc(property_type, Payload::Property(Box::new(property)))
    }
}

/// Installs the methods of every built-in type.
pub(crate) fn install(vm: &mut Vm) {
    let t = &vm.types;
    let (list, dict, str_type, tuple, generator, object, base_exception) = (
        t.list,
        t.dict,
        t.str,
        t.tuple,
        t.generator,
        t.object,
        vm.exception_type(crate::exception_class::ExceptionClass::BaseException),
    );
    add_methods(vm, list, "list", list::METHODS);
    add_methods(vm, dict, "dict", dict::METHODS);
    let getset_type = vm.types.getset_descriptor;
    add_methods(vm, getset_type, "getset_descriptor", getset::METHODS);
    let mappingproxy = vm.types.mappingproxy;
    add_methods(vm, mappingproxy, "mappingproxy", mappingproxy::METHODS);
    add_methods(vm, str_type, "str", str::METHODS);
    add_methods(vm, tuple, "tuple", list::TUPLE_METHODS);
    let (set_type, frozenset) = (vm.types.set, vm.types.frozenset);
    add_methods(vm, set_type, "set", set::METHODS);
    add_methods(vm, frozenset, "frozenset", set::FROZENSET_METHODS);
    let property_type = vm.types.property;
    add_methods(vm, property_type, "property", property::METHODS);
    add_methods(vm, property_type, "property", descriptor::PROPERTY);
    let (function, classmethod, staticmethod) = (
        vm.types.function,
        vm.types.classmethod,
        vm.types.staticmethod,
    );
    add_methods(vm, function, "function", descriptor::FUNCTION);
    add_methods(vm, classmethod, "classmethod", descriptor::CLASSMETHOD);
    add_methods(vm, staticmethod, "staticmethod", descriptor::STATICMETHOD);
    let member_type = vm.types.member_descriptor;
    add_methods(vm, member_type, "member_descriptor", member::METHODS);
    let super_type = vm.types.super_;
    add_methods(vm, super_type, "super", property::SUPER_METHODS);
    let (range_type, slice_type) = (vm.types.range, vm.types.slice);
    add_methods(vm, range_type, "range", range::METHODS);
    let (int_type, float_type) = (vm.types.int, vm.types.float);
    add_methods(vm, int_type, "int", int::METHODS);
    add_methods(vm, float_type, "float", float::METHODS);
    let complex_type = vm.types.complex;
    add_methods(vm, complex_type, "complex", complex::METHODS);
    add_methods(vm, complex_type, "complex", slots::COMPLEX);
    let (bytes_type, bytearray_type) = (vm.types.bytes, vm.types.bytearray);
    for (class, owner) in [(bytes_type, "bytes"), (bytearray_type, "bytearray")] {
        add_methods(vm, class, owner, bytes::METHODS);
        add_methods(vm, class, owner, bytes_text::METHODS);
    }
    add_methods(vm, bytes_type, "bytes", bytes::BYTES_METHODS);
    add_methods(vm, bytearray_type, "bytearray", bytearray::METHODS);
    let memoryview_type = vm.types.memoryview;
    add_methods(vm, memoryview_type, "memoryview", memoryview::METHODS);
    add_methods(vm, memoryview_type, "memoryview", slots::MEMORYVIEW);
    add_properties(vm, memoryview_type, "memoryview", memoryview::PROPERTIES);
    file::install(vm);
    string_io::install(vm);
    install_slots(vm);
    install_exception_attributes(vm);
    add_methods(vm, slice_type, "slice", range::SLICE_METHODS);
    add_methods(vm, generator, "generator", generator::METHODS);
    let frame_type = vm.types.frame;
    add_methods(vm, frame_type, "frame", frame::METHODS);
    let coroutine = vm.types.coroutine;
    add_methods(vm, coroutine, "coroutine", generator::METHODS);
    add_methods(vm, coroutine, "coroutine", generator::COROUTINE_METHODS);
    for (class, owner) in [
        (vm.types.coroutine_wrapper, "coroutine_wrapper"),
        (vm.types.anext_awaitable, "anext_awaitable"),
    ] {
        add_methods(vm, class, owner, await_wrapper::METHODS);
    }
    let anext_awaitable = vm.types.anext_awaitable;
    add_methods(
        vm,
        anext_awaitable,
        "anext_awaitable",
        await_wrapper::ANEXT_METHODS,
    );
    let async_generator = vm.types.async_generator;
    add_methods(
        vm,
        async_generator,
        "async_generator",
        async_generator::METHODS,
    );
    for step in [
        vm.types.async_generator_asend,
        vm.types.async_generator_athrow,
    ] {
        add_methods(
            vm,
            step,
            "async_generator_asend",
            async_generator::STEP_METHODS,
        );
    }
    for (class, owner) in iterators_with_length(&vm.types) {
        add_methods(vm, class, owner, length_hint::METHODS);
    }
    add_methods(vm, object, "object", object::METHODS);
    object::install_new(vm);
    add_properties(vm, object, "object", object::PROPERTIES);
    let type_type = vm.types.type_;
    add_methods(vm, type_type, "type", object::TYPE_METHODS);
    add_methods(
        vm,
        base_exception,
        "BaseException",
        object::EXCEPTION_METHODS,
    );
    let group = vm.exception_type(crate::ExceptionClass::BaseExceptionGroup);
    add_methods(
        vm,
        group,
        "BaseExceptionGroup",
        object::EXCEPTION_GROUP_METHODS,
    );
}

/// The built-in iterator types that know how many items they have left
/// (`__length_hint__`), with their names.
fn iterators_with_length(t: &Types) -> [(ObjRef, &'static str); 18] {
    [
        (t.list_iterator, "list_iterator"),
        (t.list_reverseiterator, "list_reverseiterator"),
        (t.tuple_iterator, "tuple_iterator"),
        (t.range_iterator, "range_iterator"),
        (t.longrange_iterator, "longrange_iterator"),
        (t.str_ascii_iterator, "str_ascii_iterator"),
        (t.str_iterator, "str_iterator"),
        (t.bytes_iterator, "bytes_iterator"),
        (t.bytearray_iterator, "bytearray_iterator"),
        (t.dict_keyiterator, "dict_keyiterator"),
        (t.dict_valueiterator, "dict_valueiterator"),
        (t.dict_itemiterator, "dict_itemiterator"),
        (t.set_iterator, "set_iterator"),
        (t.seq_iterator, "iterator"),
        (t.reversed, "reversed"),
        (t.dict_reversekeyiterator, "dict_reversekeyiterator"),
        (t.dict_reversevalueiterator, "dict_reversevalueiterator"),
        (t.dict_reverseitemiterator, "dict_reverseitemiterator"),
    ]
}

/// Installs the built-in types' dunder methods (their slot wrappers).
fn install_slots(vm: &mut Vm) {
    let t = &vm.types;
    let object = t.object;
    let numbers = [(t.int, "int"), (t.float, "float")];
    let sequences = [
        (t.str, "str"),
        (t.bytes, "bytes"),
        (t.bytearray, "bytearray"),
        (t.tuple, "tuple"),
        (t.list, "list"),
    ];
    let collections = sequences.into_iter().chain([
        (t.dict, "dict"),
        (t.set, "set"),
        (t.frozenset, "frozenset"),
        (t.range, "range"),
        (t.dict_keys, "dict_keys"),
        (t.dict_values, "dict_values"),
        (t.dict_items, "dict_items"),
    ]);
    let set_operands = [
        (t.set, "set"),
        (t.frozenset, "frozenset"),
        (t.dict_keys, "dict_keys"),
        (t.dict_items, "dict_items"),
    ];
    let iterators = iterators_with_length(t).into_iter().chain([
        (t.memory_iterator, "memory_iterator"),
        (t.callable_iterator, "callable_iterator"),
        (t.enumerate, "enumerate"),
        (t.zip, "zip"),
        (t.map, "map"),
        (t.filter, "filter"),
        (t.generator, "generator"),
    ]);
    let comparable = [
        (t.int, "int"),
        (t.float, "float"),
        (t.complex, "complex"),
        (t.str, "str"),
        (t.bytes, "bytes"),
        (t.bytearray, "bytearray"),
        (t.tuple, "tuple"),
        (t.list, "list"),
        (t.dict, "dict"),
        (t.set, "set"),
        (t.frozenset, "frozenset"),
        (t.range, "range"),
        (t.dict_keys, "dict_keys"),
        (t.dict_items, "dict_items"),
        (t.memoryview, "memoryview"),
    ];
    let (int, str_type, list, dict, set, range) = (t.int, t.str, t.list, t.dict, t.set, t.range);
    add_methods(vm, object, "object", slots::OBJECT);
    let type_type = vm.types.type_;
    add_methods(vm, type_type, "type", slots::TYPE);
    for (class, name) in comparable {
        add_methods(vm, class, name, slots::COMPARISON);
    }
    for (class, name) in numbers {
        add_methods(vm, class, name, slots::NUMBER);
    }
    add_methods(vm, int, "int", slots::INT);
    for (class, name) in collections {
        add_methods(vm, class, name, slots::COLLECTION);
    }
    for (class, name) in sequences {
        add_methods(vm, class, name, slots::SEQUENCE);
    }
    let (bytes_type, bytearray) = (vm.types.bytes, vm.types.bytearray);
    for (class, name) in [
        (str_type, "str"),
        (bytes_type, "bytes"),
        (bytearray, "bytearray"),
    ] {
        add_methods(vm, class, name, slots::STR);
    }
    for (class, name) in [(list, "list"), (dict, "dict"), (bytearray, "bytearray")] {
        add_methods(vm, class, name, slots::MUTABLE);
    }
    add_methods(vm, list, "list", slots::LIST);
    add_methods(vm, dict, "dict", slots::DICT);
    for (class, name) in set_operands {
        add_methods(vm, class, name, slots::SET);
    }
    add_methods(vm, set, "set", slots::SET_INPLACE);
    add_methods(vm, range, "range", slots::RANGE);
    for (class, name) in [
        (list, "list"),
        (dict, "dict"),
        (range, "range"),
        (vm.types.dict_keys, "dict_keys"),
        (vm.types.dict_values, "dict_values"),
        (vm.types.dict_items, "dict_items"),
    ] {
        add_methods(vm, class, name, slots::REVERSIBLE);
    }
    for (class, name) in iterators {
        add_methods(vm, class, name, slots::ITERATOR);
    }
}

/// The attributes some exception classes define as `None` until an
/// instance sets them (CPython's member descriptors).
fn install_exception_attributes(vm: &mut Vm) {
    use crate::exception_class::ExceptionClass;
    let fields: [(ExceptionClass, &[&str]); 3] = [
        (ExceptionClass::ImportError, &["msg", "name", "path"]),
        (
            ExceptionClass::SyntaxError,
            &[
                "msg",
                "filename",
                "lineno",
                "offset",
                "text",
                "end_lineno",
                "end_offset",
                "print_file_and_line",
            ],
        ),
        (
            ExceptionClass::OSError,
            &["errno", "strerror", "filename", "filename2"],
        ),
    ];
    for (class, names) in fields {
        let class = vm.exception_type(class);
        let dict = class.dict().expect("a built-in type has a dict");
        for name in names {
            let key = vm.intern(name);
            vm.dict_set_str(dict, key, Value::None);
        }
    }
    // Each class has its own `__new__`, bound to it as CPython's
    // `tp_new_wrapper` is, so that `X.__new__(S)` can check `S` against `X`.
    for exception_class in ExceptionClass::ALL {
        let class = vm.exception_type(exception_class);
        let builtin_type = vm.types().builtin_function;
        let new = vm.alloc(
            builtin_type,
            Payload::Builtin(Box::new(Builtin {
                name: "__new__",
                owner: Some(exception_class.name()),
                function: object::exception_new,
                kind: BuiltinKind::StaticMethod,
                receiver: Value::Obj(class),
                module: Value::Null,
                shortcut: CallShortcut::of(object::exception_new),
            })),
        );
        let dict = class.dict().expect("a built-in type has a dict");
        let key = vm.names.__new__;
        vm.dict_set_str(dict, key, Value::Obj(new));
    }
}

impl Vm {
    /// CPython's error for a method of `owner` called on the wrong
    /// receiver (`str.upper(5)`), or on none (`str.upper()`).
    pub(crate) fn descriptor_mismatch(
        &mut self,
        name: &str,
        owner: &str,
        receiver: Option<Value>,
    ) -> crate::vm::PyErr {
        match receiver {
            Some(receiver) => {
                let type_name = self.type_name(receiver);
                self.type_error(format!(
                    "descriptor '{name}' for '{owner}' objects doesn't apply to a '{type_name}' object"
                ))
            }
            None => self.type_error(format!("unbound method {owner}.{name}() needs an argument")),
        }
    }

    /// CPython's error for a dunder of `owner` (a slot wrapper, such as
    /// `str.__str__`) called on the wrong receiver, or on none.
    pub(crate) fn slot_mismatch(
        &mut self,
        name: &str,
        owner: &str,
        receiver: Option<Value>,
    ) -> crate::vm::PyErr {
        match receiver {
            Some(receiver) => {
                let type_name = self.type_name(receiver);
                self.type_error(format!(
                    "descriptor '{name}' requires a '{owner}' object but received a '{type_name}'"
                ))
            }
            None => self.type_error(format!(
                "descriptor '{name}' of '{owner}' object needs an argument"
            )),
        }
    }
}
