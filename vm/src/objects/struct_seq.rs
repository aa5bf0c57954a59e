//! Struct sequences (CPython's `structseq`): tuples whose items also have
//! read-only names, such as `sys.version_info` and `time.struct_time`.
//!
//! A struct sequence type derives from `tuple` and cannot be subclassed.
//! Its instances are tuples of its class; fields past the sequence ones
//! (`tm_zone` of `time.struct_time`) are reachable only by name, and pyvm
//! keeps them in the instance's dict. Each field is a `property` of the
//! type whose getter knows the field's position.

use std::cell::{Cell, RefCell};

use crate::object::Payload;
use crate::objects::function::{Args, Builtin, BuiltinKind};
use crate::objects::type_::{Construction, Layout, TypeData};
use crate::ops::fast_call::CallShortcut;
use crate::types::register_subclass;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// What a struct sequence type is: its name and fields.
pub struct StructSeqFields {
    /// The full name, `module.name` (CPython's `tp_name`).
    pub name: &'static str,
    /// Every field's name: first the tuple's items, then the fields only
    /// reachable by name.
    pub fields: &'static [&'static str],
    /// How many fields are items of the tuple.
    pub n_sequence_fields: usize,
    /// Whether calling the type makes instances (`time.struct_time(...)`);
    /// `sys.version_info` refuses.
    pub constructible: bool,
}

impl StructSeqFields {
    /// The module part of the name.
    fn module(&self) -> &'static str {
        self.name
            .rsplit_once('.')
            .map_or("builtins", |(module, _)| module)
    }

    /// The type's `__name__`.
    fn short_name(&self) -> &'static str {
        self.name
            .rsplit_once('.')
            .map_or(self.name, |(_, name)| name)
    }
}

/// The struct sequence description of `class`, if it is one.
pub(crate) fn struct_seq_fields(class: ObjRef) -> Option<&'static StructSeqFields> {
    class.as_type().and_then(|data| data.struct_seq)
}

impl Vm {
    /// Makes a struct sequence type (CPython's `PyStructSequence_NewType`).
    pub(crate) fn new_struct_seq_type(&mut self, fields: &'static StructSeqFields) -> ObjRef {
        let tuple = self.types.tuple;
        let data = TypeData {
            name: RefCell::new(fields.short_name().to_owned()),
            qualname: RefCell::new(fields.short_name().to_owned()),
            bases: RefCell::new(vec![tuple]),
            base: Cell::new(Some(tuple)),
            mro: RefCell::new(vec![]),
            layout: Layout::Builtin,
            subclassable: false,
            is_user_class: false,
            slots: None,
            slot_count: Cell::new(0),
            has_finalizer: Cell::new(false),
            new_slot_kept: Cell::new(false),
            subclasses: RefCell::new(Vec::new()),
            struct_seq: Some(fields),
            version: Cell::new(0),
            instance_attributes: Cell::new(0),
            construction: Cell::new(Construction::UNKNOWN),
        };
        let metatype = self.types.type_;
        let class = self.alloc(metatype, Payload::Type(Box::new(data)));
        let mro = [class, tuple, self.types.object];
        *class.as_type().expect("just made").mro.borrow_mut() = mro.to_vec();
        register_subclass(&mut self.heap, class);
        let dict = self.new_dict();
        class.set_dict(dict);
        let module = self.str_value(fields.module());
        self.set_type_attr(class, "__module__", module);
        self.set_type_attr(class, "__doc__", Value::None);
        let repr = self.new_builtin("__repr__", Some(fields.name), repr, BuiltinKind::Method);
        self.set_type_attr(class, "__repr__", Value::Obj(repr));
        for (index, &name) in fields.fields.iter().enumerate() {
            // The getter is bound to the field's position, which comes
            // first in its calls.
            let getter = Builtin {
                name,
                owner: Some(fields.name),
                function: field,
                kind: BuiltinKind::Function,
                receiver: Value::Int(index as i64),
                module: Value::Null,
                shortcut: CallShortcut::of(field),
            };
            let builtin_type = self.types.builtin_function;
            let getter = self.alloc(builtin_type, Payload::Builtin(Box::new(getter)));
            let property = self.new_read_only_property(Value::Obj(getter));
            self.set_type_attr(class, name, Value::Obj(property));
        }
        let counts = [
            ("n_sequence_fields", fields.n_sequence_fields),
            ("n_fields", fields.fields.len()),
            ("n_unnamed_fields", 0),
        ];
        for (name, count) in counts {
            self.set_type_attr(class, name, Value::Int(count as i64));
        }
        let match_args: Vec<Value> = fields.fields[..fields.n_sequence_fields]
            .iter()
            .map(|name| Value::Obj(self.intern(name)))
            .collect();
        let match_args = Value::Obj(self.new_tuple(match_args));
        self.set_type_attr(class, "__match_args__", match_args);
        class
    }

    /// Sets an attribute in a type's dict.
    fn set_type_attr(&mut self, class: ObjRef, name: &str, value: Value) {
        let dict = class.dict().expect("a struct sequence type has a dict");
        let key = self.intern(name);
        self.dict_set_str(dict, key, value);
    }

    /// An instance of the struct sequence type `class` with every field's
    /// value, in field order.
    pub(crate) fn new_struct_seq(&mut self, class: ObjRef, values: Vec<Value>) -> ObjRef {
        let fields = struct_seq_fields(class).expect("a struct sequence type");
        debug_assert_eq!(values.len(), fields.fields.len());
        let items = values[..fields.n_sequence_fields].to_vec();
        let object = self.alloc(class, Payload::Tuple(items.into()));
        if values.len() > fields.n_sequence_fields {
            let mark = self.root(Value::Obj(object));
            let dict = self.new_dict();
            object.set_dict(dict);
            for (name, &value) in fields
                .fields
                .iter()
                .zip(&values)
                .skip(fields.n_sequence_fields)
            {
                let key = self.intern(name);
                self.dict_set_str(dict, key, value);
            }
            self.release_roots(mark);
        }
        object
    }

    /// Calls a struct sequence type: `struct_time(sequence, dict=None)`,
    /// as CPython's `structseq_new`.
    pub(crate) fn construct_struct_seq(
        &mut self,
        class: ObjRef,
        fields: &'static StructSeqFields,
        args: Args<'_>,
    ) -> PyResult<Value> {
        if !fields.constructible {
            return Err(self.type_error(format!("cannot create '{}' instances", fields.name)));
        }
        self.no_keywords(fields.name, &args)?;
        self.positional_range(fields.name, &args, 1, 2)?;
        let items = self.collect_iterable(args.positional[0])?;
        let dict = match args.positional.get(1).copied() {
            None | Some(Value::None) => None,
            Some(Value::Obj(dict)) if dict.as_dict().is_some() => Some(dict),
            Some(other) => {
                let name = self.type_name(other);
                return Err(self.type_error(format!(
                    "{}() takes a dict as second arg, if any, not {name}",
                    fields.name
                )));
            }
        };
        let (min, max) = (fields.n_sequence_fields, fields.fields.len());
        let given = items.len();
        if given < min || given > max {
            let message = if min == max {
                format!(
                    "{}() takes a {min}-sequence ({given}-sequence given)",
                    fields.name
                )
            } else if given < min {
                format!(
                    "{}() takes an at least {min}-sequence ({given}-sequence given)",
                    fields.name
                )
            } else {
                format!(
                    "{}() takes an at most {max}-sequence ({given}-sequence given)",
                    fields.name
                )
            };
            return Err(self.type_error(message));
        }
        let mut values = items;
        for &name in &fields.fields[given..] {
            let value = match dict {
                Some(dict) => {
                    let key = self.intern(name);
                    self.dict_get_str(dict, key).unwrap_or(Value::None)
                }
                None => Value::None,
            };
            values.push(value);
        }
        Ok(Value::Obj(self.new_struct_seq(class, values)))
    }

    /// `repr` of a struct sequence: `sys.version_info(major=3, ...)`, its
    /// sequence fields only.
    pub(crate) fn struct_seq_repr(
        &mut self,
        object: ObjRef,
        fields: &StructSeqFields,
    ) -> PyResult<String> {
        let items = object.as_tuple().map(<[Value]>::to_vec).unwrap_or_default();
        let mut text = format!("{}(", fields.name);
        for (index, (name, item)) in fields.fields.iter().zip(items).enumerate() {
            if index > 0 {
                text.push_str(", ");
            }
            text.push_str(name);
            text.push('=');
            text.push_str(&self.repr_string(item)?);
        }
        text.push(')');
        Ok(text)
    }
}

/// A field's getter: the position it is bound to, then the instance.
fn field(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let [Value::Int(index), instance] = args.positional else {
        return Err(vm.type_error("a struct sequence field needs an instance"));
    };
    let index = *index as usize;
    let object = instance.as_object();
    let fields = object.and_then(|o| struct_seq_fields(o.class()));
    let (Some(object), Some(fields)) = (object, fields) else {
        let name = vm.type_name(*instance);
        return Err(vm.type_error(format!(
            "descriptor of a struct sequence doesn't apply to a '{name}' object"
        )));
    };
    if let Some(&item) = object.as_tuple().and_then(|items| items.get(index)) {
        return Ok(item);
    }
    let Some(dict) = object.dict() else {
        return Ok(Value::None);
    };
    let key = vm.intern(fields.fields[index]);
    Ok(vm.dict_get_str(dict, key).unwrap_or(Value::None))
}

/// `__repr__` of a struct sequence.
fn repr(vm: &mut Vm, args: Args<'_>) -> PyResult<Value> {
    let object = args.positional.first().and_then(|o| o.as_object());
    let fields = object.and_then(|o| struct_seq_fields(o.class()));
    let (Some(object), Some(fields)) = (object, fields) else {
        return Err(vm.type_error("__repr__ of a struct sequence needs an instance"));
    };
    let text = vm.struct_seq_repr(object, fields)?;
    Ok(vm.str_value(&text))
}
