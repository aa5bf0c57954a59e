//! `object.__sizeof__` and `sys.getsizeof`: the sizes CPython 3.11's
//! layouts give objects on 64-bit machines, so that programs that print
//! them see the same numbers for the common types. A list counts the
//! items it holds, where CPython counts the room it allocated.

use crate::number::Int;
use crate::object::Payload;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// CPython's garbage collector's header on objects it tracks.
const GC_HEADER: usize = 16;

/// What a pointer takes.
const POINTER: usize = 8;

/// `int.__sizeof__`: 24 bytes and 4 per 30-bit digit (at least one).
fn int_size(int: &Int) -> usize {
    let bits = match int {
        Int::Small(value) => 64 - value.unsigned_abs().leading_zeros() as usize,
        Int::Big(big) => big.bits() as usize,
    };
    24 + 4 * bits.div_ceil(30).max(1)
}

/// `str.__sizeof__`: CPython stores text with 1, 2 or 4 bytes per code
/// point, whichever its largest needs, after a header that is shorter
/// for ASCII.
fn str_size(text: &str, chars: usize) -> usize {
    let widest = text.chars().map(|c| c as u32).max().unwrap_or(0);
    match widest {
        0..=0x7F => 48 + chars + 1,
        0x80..=0xFF => 72 + chars + 1,
        0x100..=0xFFFF => 72 + 2 * (chars + 1),
        _ => 72 + 4 * (chars + 1),
    }
}

/// `dict.__sizeof__` for `len` items inserted one by one: the object,
/// and its table of keys (indices and entries) sized as CPython grows
/// it. Entries of a table whose keys are all `str` are smaller.
fn dict_size(len: usize, str_keys: bool) -> usize {
    if len == 0 {
        return 48;
    }
    let mut slots = 8;
    while slots * 2 / 3 < len {
        slots *= 2;
    }
    let index_bytes = match slots {
        0..=128 => 1,
        129..=32768 => 2,
        _ => 4,
    };
    let entry = if str_keys { 16 } else { 24 };
    48 + 32 + slots * index_bytes + (slots * 2 / 3) * entry
}

/// `set.__sizeof__`: the object with its inline table of 8 entries, and
/// a table of its own once it grows past 5 items.
fn set_size(len: usize) -> usize {
    if len <= 5 {
        return 200;
    }
    let mut slots = 8;
    while len * 5 >= slots * 3 {
        slots *= 4;
    }
    200 + 16 * slots
}

impl Vm {
    /// `object.__sizeof__(value)`: the bytes CPython's object would take,
    /// without the collector's header.
    pub(crate) fn basic_size(&self, value: Value) -> usize {
        let object = match value {
            Value::None => return 16,
            Value::Bool(flag) => return int_size(&Int::Small(i64::from(flag.get()))),
            Value::Int(small) => return int_size(&Int::Small(small)),
            Value::Float(_) => return 24,
            Value::Obj(object) => object,
            _ => return 16,
        };
        let slots = |count: usize| 16 + POINTER * count;
        match &object.payload {
            Payload::Instance(values) => {
                let weakref = self.weakrefable(object.class());
                slots(values.as_ref().map_or(0, |v| v.len()) + usize::from(weakref))
            }
            Payload::Int(int) => int_size(int),
            Payload::Float(_) => 24,
            Payload::Complex(_) => 32,
            Payload::Str(text) => str_size(text.as_str(), text.len()),
            Payload::Bytes(bytes) => 33 + bytes.len(),
            Payload::ByteArray(bytes) => {
                let len = bytes.borrow().len();
                56 + if len == 0 { 0 } else { len + 1 }
            }
            Payload::Tuple(items) => 24 + POINTER * items.len(),
            Payload::List(items) => 40 + POINTER * items.borrow().len(),
            Payload::Dict(dict) => {
                let dict = dict.borrow();
                let str_keys = dict
                    .iter()
                    .all(|(key, _)| matches!(key.key.payload(), Some(Payload::Str(_))));
                dict_size(dict.len(), str_keys)
            }
            Payload::Set(set) => set_size(set.borrow().len()),
            Payload::Range(_) => 48,
            Payload::Function(_) => 136,
            _ => slots(0),
        }
    }

    /// Whether CPython's collector tracks objects like `value` (its
    /// `sys.getsizeof` adds the collector's header for them): containers
    /// and instances of user classes, not numbers and strings.
    fn gc_tracked(&self, value: Value) -> bool {
        let Some(object) = value.as_object() else {
            return false;
        };
        if self.user_class(object).is_some() {
            return true;
        }
        !matches!(
            object.payload,
            Payload::Int(_)
                | Payload::Float(_)
                | Payload::Complex(_)
                | Payload::Str(_)
                | Payload::Bytes(_)
                | Payload::ByteArray(_)
                | Payload::Range(_)
                | Payload::Instance(_)
        )
    }

    /// `sys.getsizeof(value)`: its type's `__sizeof__()`, and the
    /// collector's header for the objects CPython's collector tracks.
    pub(crate) fn getsizeof(&mut self, value: Value) -> PyResult<Value> {
        let name = self.intern("__sizeof__");
        let class = self.type_of(value);
        let Some(method) = self.lookup_type(class, name) else {
            let type_name = self.type_name(value);
            return Err(self.type_error(format!("Type {type_name} doesn't define __sizeof__")));
        };
        let size = self.call_method_value(method, value, &[])?;
        let size = match size {
            Value::Int(size) => Int::Small(size),
            Value::Bool(flag) => Int::Small(i64::from(flag.get())),
            _ => match size.payload() {
                Some(Payload::Int(int)) => int.clone(),
                _ => return Err(self.type_error("an integer is required")),
            },
        };
        if size.is_negative() {
            return Err(self.value_error("__sizeof__() should return >= 0"));
        }
        let Some(size) = size.to_i64() else {
            return Err(self.error(
                crate::exception_class::ExceptionClass::OverflowError,
                "Python int too large to convert to C ssize_t",
            ));
        };
        let mut header = if self.gc_tracked(value) { GC_HEADER } else { 0 };
        // CPython 3.11 keeps a plain instance's `__dict__` pointer (and
        // a spare word) before the object too.
        if let Some(object) = value.as_object() {
            let plain = matches!(object.payload, Payload::Instance(_));
            if plain && self.class_has_instance_dict(object.class()) {
                header += 2 * POINTER;
            }
        }
        Ok(Value::Int(size + header as i64))
    }
}
