//! Containers: `len()`, `in`, subscripts and slices, and merging dicts
//! (iteration and unpacking are in [`super::iteration`]).

use crate::exception_class::ExceptionClass;
use crate::number::Int;
use crate::object::Payload;
use crate::objects::iterator::DictView;
use crate::ops::index::item_position;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// A slice resolved against a sequence length (`PySlice_AdjustIndices`).
#[derive(Clone, Copy, Debug)]
pub(crate) struct SliceRange {
    pub start: i64,
    pub step: i64,
    pub count: usize,
}

impl SliceRange {
    /// Whether it takes every item of a sequence of `length`, in order.
    pub fn is_whole(self, length: usize) -> bool {
        self.step == 1 && self.count == length
    }

    /// The sequence indices the slice selects, in order.
    pub fn indices(self) -> impl Iterator<Item = usize> {
        (0..self.count).map(move |i| (self.start + i as i64 * self.step) as usize)
    }
}

impl Vm {
    /// A new `slice`.
    pub fn new_slice(&mut self, start: Value, stop: Value, step: Value) -> ObjRef {
        let class = self.types.slice;
        self.alloc_with(class, || Payload::Slice(Box::new([start, stop, step])))
    }

    /// A new empty `set`.
    pub fn new_set(&mut self) -> ObjRef {
        let class = self.types.set;
        self.alloc_with(class, || Payload::Set(Box::default()))
    }

    /// A view of a dict's keys, values or items.
    pub fn new_dict_view(&mut self, dict: ObjRef, view: DictView) -> ObjRef {
        let class = match view {
            DictView::Keys => self.types.dict_keys,
            DictView::Values => self.types.dict_values,
            DictView::Items => self.types.dict_items,
        };
        self.alloc_with(class, || Payload::DictView(dict, view))
    }

    /// `BuildSet`: a set of the top `count` values.
    pub(crate) fn build_set_from_stack(&mut self, count: usize) -> PyResult<Value> {
        let set = self.new_set();
        self.roots.push(Value::Obj(set));
        let start = self.stack.len() - count;
        let mut result = Ok(());
        for i in start..self.stack.len() {
            let item = self.stack[i];
            result = self.set_add(Value::Obj(set), item);
            if result.is_err() {
                break;
            }
        }
        self.roots.pop();
        result?;
        self.stack.truncate(start);
        Ok(Value::Obj(set))
    }

    /// `len(value)`.
    pub fn len(&mut self, value: Value) -> PyResult<usize> {
        if let Value::Obj(object) = value {
            if let Some(class) = self.user_class(object) {
                let name = self.names.__len__;
                if let Some(method) = self.lookup_user(class, name) {
                    let result = self.call_method_value(method, value, &[])?;
                    return self.length_result(result);
                }
            }
        }
        self.builtin_len(value)
    }

    /// The length of a built-in container (`list.__len__`…), ignoring a
    /// subclass's `__len__`.
    pub(crate) fn builtin_len(&mut self, value: Value) -> PyResult<usize> {
        if let Value::Obj(object) = value {
            match &object.payload {
                Payload::Str(text) => return Ok(text.len()),
                Payload::Bytes(bytes) => return Ok(bytes.len()),
                Payload::ByteArray(bytes) => return Ok(bytes.borrow().len()),
                Payload::MemoryView(_) => return Ok(self.live_view(&object)?.length),
                Payload::Tuple(items) => return Ok(items.len()),
                Payload::List(items) => return Ok(items.borrow().len()),
                Payload::Dict(dict) => return Ok(dict.borrow().len()),
                Payload::Set(set) => return Ok(set.borrow().len()),
                Payload::DictView(dict, _) | Payload::MappingProxy(dict) => {
                    return Ok(dict.as_dict().map_or(0, |d| d.borrow().len()))
                }
                Payload::Range(range) => {
                    let length = range.len();
                    return length.to_i64().map(|n| n as usize).ok_or_else(|| {
                        self.error(
                            ExceptionClass::OverflowError,
                            "Python int too large to convert to C ssize_t",
                        )
                    });
                }
                _ => {}
            }
        }
        let name = self.type_name(value);
        Err(self.type_error(format!("object of type '{name}' has no len()")))
    }

    /// `item in container`.
    pub fn contains(&mut self, container: Value, item: Value) -> PyResult<bool> {
        if let Value::Obj(object) = container {
            if let Some(class) = self.user_class(object) {
                let name = self.names.__contains__;
                if let Some(method) = self.lookup_user(class, name) {
                    // `__contains__ = None` blocks the fallbacks.
                    if method.is_none() {
                        let name = self.type_name(container);
                        return Err(self.type_error(format!("'{name}' object is not a container")));
                    }
                    let result = self.call_method_value(method, container, &[item])?;
                    return self.truthy(result);
                }
                if matches!(object.payload, Payload::Instance(_)) {
                    return self.iteration_contains(container, item);
                }
            }
        }
        self.builtin_contains(container, item)
    }

    /// `item in container` for a built-in container (`list.__contains__`…),
    /// ignoring a subclass's `__contains__`; other objects are iterated.
    pub(crate) fn builtin_contains(&mut self, container: Value, item: Value) -> PyResult<bool> {
        if let Value::Obj(object) = container {
            {
                match &object.payload {
                    Payload::Str(text) => {
                        return match item.object().and_then(|o| o.as_str()) {
                            Some(needle) => Ok(memchr::memmem::find(
                                text.as_str().as_bytes(),
                                needle.as_str().as_bytes(),
                            )
                            .is_some()),
                            None => {
                                let name = self.type_name(item);
                                Err(self.type_error(format!(
                                    "'in <string>' requires string as left operand, not {name}"
                                )))
                            }
                        };
                    }
                    Payload::Bytes(_) | Payload::ByteArray(_) | Payload::MemoryView(_) => {
                        return self.bytes_contains(object, item)
                    }
                    Payload::Dict(_) => {
                        let hash = self.hash(item)?;
                        return Ok(self.dict_find(object, item, hash)?.is_some());
                    }
                    Payload::MappingProxy(mapping) => {
                        return self.contains(Value::Obj(*mapping), item);
                    }
                    Payload::Set(_) => {
                        let hash = self.set_item_hash(item)?;
                        return Ok(self.set_find(object, item, hash)?.is_some());
                    }
                    Payload::DictView(dict, DictView::Keys) => {
                        let dict = *dict;
                        let hash = self.hash(item)?;
                        return Ok(self.dict_find(dict, item, hash)?.is_some());
                    }
                    Payload::DictView(dict, DictView::Items) => {
                        let dict = *dict;
                        let Some(pair) = item.object().and_then(|i| i.as_tuple()) else {
                            return Ok(false);
                        };
                        let [key, value] = *pair else {
                            return Ok(false);
                        };
                        return match self.dict_get(dict, key)? {
                            Some(stored) => self.eq(stored, value),
                            None => Ok(false),
                        };
                    }
                    Payload::Tuple(_) | Payload::List(_) => {
                        return self.sequence_contains(object, item);
                    }
                    Payload::Range(range) => {
                        if let Some(int) = self.exact_int(item) {
                            let zero = Int::ZERO;
                            let inside = if range.step > zero {
                                range.start <= int && int < range.stop
                            } else {
                                range.stop < int && int <= range.start
                            };
                            let offset = &int - &range.start;
                            return Ok(
                                inside && offset.modulo(&range.step).is_ok_and(|r| r.is_zero())
                            );
                        }
                    }
                    _ => {}
                }
            }
        }
        self.iteration_contains(container, item)
    }

    /// `item in container` by iterating over the container.
    fn iteration_contains(&mut self, container: Value, item: Value) -> PyResult<bool> {
        // As CPython's `_PySequence_IterSearch`: a TypeError from `iter()`
        // becomes one about the `in` operand.
        let iterator = match self.get_iter(container) {
            Ok(iterator) => iterator,
            Err(error)
                if self.is_exception(Value::Obj(error.exception), ExceptionClass::TypeError) =>
            {
                let name = self.type_name(container);
                return Err(self.type_error(format!("argument of type '{name}' is not iterable")));
            }
            Err(error) => return Err(error),
        };
        self.roots.push(iterator);
        let result = (|| {
            while let Some(candidate) = self.next(iterator)? {
                if self.eq(candidate, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        })();
        self.roots.pop();
        result
    }

    /// `item in sequence` for a list or tuple, reading each item afresh
    /// (CPython's `list_contains`): `__eq__` may change a list.
    fn sequence_contains(&mut self, sequence: ObjRef, item: Value) -> PyResult<bool> {
        let mut index = 0;
        while let Some(candidate) = sequence_item(sequence, index) {
            if self.item_eq(candidate, item)? {
                return Ok(true);
            }
            index += 1;
        }
        Ok(false)
    }

    /// `item == target` for a search through a container, with `item`
    /// rooted while `__eq__` runs, as CPython holds a reference to it:
    /// that code may remove it from the container.
    pub(crate) fn item_eq(&mut self, item: Value, target: Value) -> PyResult<bool> {
        // Equality that runs no Python code needs no rooting.
        if let Some(known) = self.known_eq(item, target) {
            return Ok(known);
        }
        let mark = self.root(item);
        let equal = self.eq_by_methods(item, target);
        self.release_roots(mark);
        equal
    }

    /// The value of an int or bool (not a subclass instance), if it is one.
    pub(crate) fn exact_int(&self, value: Value) -> Option<Int> {
        match value {
            Value::Int(i) => Some(Int::Small(i)),
            Value::Bool(b) => Some(Int::Small(i64::from(b.get()))),
            Value::Obj(object) => match &object.payload {
                Payload::Int(int) => Some(int.clone()),
                _ => None,
            },
            _ => None,
        }
    }

    /// An index for a sequence subscript (`__index__`), or `None` when the
    /// value is not an integer.
    pub(crate) fn index_value(&mut self, value: Value) -> PyResult<Option<Int>> {
        if let Some(int) = self.exact_int(value) {
            return Ok(Some(int));
        }
        let name = self.names.__index__;
        match self.call_user_dunder(value, name, &[])? {
            Some(result) => match self.exact_int(result) {
                Some(int) => Ok(Some(int)),
                None => {
                    let type_name = self.type_name(result);
                    Err(self.type_error(format!("__index__ returned non-int (type {type_name})")))
                }
            },
            None => Ok(None),
        }
    }

    /// An integer (through `__index__`), or CPython's `TypeError: 'X'
    /// object cannot be interpreted as an integer`.
    pub(crate) fn index_int(&mut self, value: Value) -> PyResult<Int> {
        match self.index_value(value)? {
            Some(int) => Ok(int),
            None => {
                let name = self.type_name(value);
                Err(self.type_error(format!(
                    "'{name}' object cannot be interpreted as an integer"
                )))
            }
        }
    }

    /// Resolves `index` (the integer value of `key`) against a sequence
    /// of `length` items: the position, or `None` when out of range.
    pub(crate) fn sequence_index(
        &mut self,
        index: &Int,
        key: Value,
        length: usize,
    ) -> PyResult<Option<usize>> {
        match index.to_i64() {
            Some(index) => Ok(item_position(index, length)),
            None => {
                let name = self.type_name(key);
                Err(self.error(
                    ExceptionClass::IndexError,
                    format!("cannot fit '{name}' into an index-sized integer"),
                ))
            }
        }
    }

    /// Resolves a slice against a sequence of `length` items.
    pub(crate) fn slice_range(&mut self, slice: ObjRef, length: usize) -> PyResult<SliceRange> {
        let Payload::Slice(parts) = &slice.payload else {
            unreachable!("a slice")
        };
        self.slice_range_of(**parts, length)
    }

    /// [`Vm::slice_range`] of the slice `start:stop:step`, no slice object
    /// made.
    pub(crate) fn slice_range_of(
        &mut self,
        [start, stop, step]: [Value; 3],
        length: usize,
    ) -> PyResult<SliceRange> {
        let step = match step {
            Value::None => 1,
            value => {
                let step = self.slice_bound(value)?;
                if step == 0 {
                    return Err(self.value_error("slice step cannot be zero"));
                }
                step.max(-i64::MAX)
            }
        };
        let length = length as i64;
        let (lower, upper) = if step < 0 {
            (-1, length - 1)
        } else {
            (0, length)
        };
        let clamp = |value: i64| -> i64 {
            if value < 0 {
                (value + length).max(lower)
            } else {
                value.min(upper)
            }
        };
        let start = match start {
            Value::None => {
                if step < 0 {
                    upper
                } else {
                    lower
                }
            }
            value => clamp(self.slice_bound(value)?),
        };
        let stop = match stop {
            Value::None => {
                if step < 0 {
                    lower
                } else {
                    upper
                }
            }
            value => clamp(self.slice_bound(value)?),
        };
        let count = if step < 0 {
            if stop < start {
                (start - stop - 1) / (-step) + 1
            } else {
                0
            }
        } else if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        };
        Ok(SliceRange {
            start,
            step,
            count: count as usize,
        })
    }

    /// A slice resolved exactly against a length that may be huge: the
    /// `(start, stop, step)` of CPython's `_PySlice_GetLongIndices`, which
    /// `slice.indices` and range slicing use.
    pub(crate) fn slice_long_indices(
        &mut self,
        slice: ObjRef,
        length: &Int,
    ) -> PyResult<(Int, Int, Int)> {
        let Payload::Slice(parts) = &slice.payload else {
            unreachable!("a slice")
        };
        let [start, stop, step] = **parts;
        let index = |vm: &mut Vm, value: Value| -> PyResult<Int> {
            match vm.index_value(value)? {
                Some(int) => Ok(int),
                None => Err(vm.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )),
            }
        };
        let step = match step {
            Value::None => Int::from(1i64),
            value => index(self, value)?,
        };
        if step.is_zero() {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let (lower, upper) = if step.is_negative() {
            (Int::from(-1i64), length - &Int::from(1i64))
        } else {
            (Int::from(0i64), length.clone())
        };
        let bound = |vm: &mut Vm, value: Value, default: &Int| -> PyResult<Int> {
            if matches!(value, Value::None) {
                return Ok(default.clone());
            }
            let value = index(vm, value)?;
            Ok(if value.is_negative() {
                (&value + length).max(lower.clone())
            } else {
                value.min(upper.clone())
            })
        };
        let (start_default, stop_default) = if step.is_negative() {
            (&upper, &lower)
        } else {
            (&lower, &upper)
        };
        let start = bound(self, start, start_default)?;
        let stop = bound(self, stop, stop_default)?;
        Ok((start, stop, step))
    }

    /// A slice bound as an `i64`, huge values clamped (`_PyEval_SliceIndex`).
    fn slice_bound(&mut self, value: Value) -> PyResult<i64> {
        match self.index_value(value)? {
            Some(Int::Small(i)) => Ok(i),
            Some(big) => Ok(if big.is_negative() {
                i64::MIN
            } else {
                i64::MAX
            }),
            None => Err(self
                .type_error("slice indices must be integers or None or have an __index__ method")),
        }
    }

    /// `container[key]`.
    pub fn get_item(&mut self, container: Value, key: Value) -> PyResult<Value> {
        let Value::Obj(object) = container else {
            return self.not_subscriptable(container);
        };
        // A character of an exact str, by an int in range.
        if let (Payload::Str(text), Value::Int(index)) = (&object.payload, key) {
            if object.class() == self.types.str {
                if let Some(c) = item_position(index, text.len()).and_then(|i| text.char_at(i)) {
                    return Ok(self.char_value(c));
                }
            }
        }
        if let Some(class) = self.user_class(object) {
            let name = self.names.__getitem__;
            if let Some(method) = self.lookup_user(class, name) {
                return self.call_method_value(method, container, &[key]);
            }
        }
        self.builtin_get_item(container, key)
    }

    /// `sequence[start:stop:step]` of a list, tuple or str (also of a
    /// subclass's instance, ignoring its `__getitem__`); `None` for other
    /// objects.
    pub(crate) fn slice_of(
        &mut self,
        sequence: ObjRef,
        parts: [Value; 3],
    ) -> PyResult<Option<Value>> {
        Ok(Some(match &sequence.payload {
            Payload::List(items) => {
                let length = items.borrow().len();
                let range = self.slice_range_of(parts, length)?;
                let items = items.borrow();
                let picked: Vec<Value> = range.indices().map(|i| items[i]).collect();
                drop(items);
                Value::Obj(self.new_list(picked))
            }
            Payload::Tuple(items) => {
                let range = self.slice_range_of(parts, items.len())?;
                // An immutable sequence's whole slice is itself.
                if range.is_whole(items.len()) && sequence.class() == self.types.tuple {
                    return Ok(Some(Value::Obj(sequence)));
                }
                let picked: Vec<Value> = range.indices().map(|i| items[i]).collect();
                Value::Obj(self.new_tuple(picked))
            }
            Payload::Str(text) => {
                let range = self.slice_range_of(parts, text.len())?;
                if range.is_whole(text.len()) && sequence.class() == self.types.str {
                    return Ok(Some(Value::Obj(sequence)));
                }
                if range.count == 1 {
                    let c = text.char_at(range.start as usize).expect("in range");
                    return Ok(Some(self.char_value(c)));
                }
                if range.step == 1 {
                    // A run of code points: their bytes, as they are.
                    let start = range.start as usize;
                    let from = text.byte_offset(start);
                    let to = text.byte_offset(start + range.count);
                    let picked = &text.as_str()[from..to];
                    return Ok(Some(self.str_value_with_len(picked, range.count)));
                }
                let picked: String = if text.is_ascii() {
                    let bytes = text.as_str().as_bytes();
                    range.indices().map(|i| char::from(bytes[i])).collect()
                } else {
                    let chars: Vec<char> = text.as_str().chars().collect();
                    range.indices().map(|i| chars[i]).collect()
                };
                self.str_value_with_len(&picked, range.count)
            }
            _ => return Ok(None),
        }))
    }

    /// `container[key]` for a built-in container (`list.__getitem__`…),
    /// ignoring a subclass's `__getitem__`.
    pub(crate) fn builtin_get_item(&mut self, container: Value, key: Value) -> PyResult<Value> {
        let Value::Obj(object) = container else {
            return self.not_subscriptable(container);
        };
        if let Some(Payload::Slice(parts)) = key.payload() {
            if let Some(result) = self.slice_of(object, **parts)? {
                return Ok(result);
            }
        }
        let is_slice = matches!(key.payload(), Some(Payload::Slice(_)));
        match &object.payload {
            Payload::MappingProxy(mapping) => self.get_item(Value::Obj(*mapping), key),
            Payload::List(items) => {
                let length = items.borrow().len();
                let index = self.sequence_key(key, "list")?;
                match self.sequence_index(&index, key, length)? {
                    Some(i) => Ok(items.borrow()[i]),
                    None => Err(self.error(ExceptionClass::IndexError, "list index out of range")),
                }
            }
            Payload::Tuple(items) => {
                let index = self.sequence_key(key, "tuple")?;
                match self.sequence_index(&index, key, items.len())? {
                    Some(i) => Ok(items[i]),
                    None => Err(self.error(ExceptionClass::IndexError, "tuple index out of range")),
                }
            }
            Payload::Str(text) => {
                let index = match self.index_value(key)? {
                    Some(index) => index,
                    None => {
                        let name = self.type_name(key);
                        return Err(self
                            .type_error(format!("string indices must be integers, not '{name}'")));
                    }
                };
                match self.sequence_index(&index, key, text.len())? {
                    Some(i) => {
                        let c = text.char_at(i).expect("in range");
                        Ok(self.char_value(c))
                    }
                    None => {
                        Err(self.error(ExceptionClass::IndexError, "string index out of range"))
                    }
                }
            }
            Payload::Bytes(_) | Payload::ByteArray(_) => self.bytes_get_item(object, key),
            Payload::MemoryView(_) => self.memoryview_get_item(object, key),
            Payload::Range(range) => {
                let length = range.len();
                if is_slice {
                    let slice = key.as_object().expect("slice");
                    let (start, stop, step) = self.slice_long_indices(slice, &length)?;
                    // As CPython's `compute_slice`: the bounds map through
                    // the range (`stop` too, not the item count).
                    let start = &range.start + &(&start * &range.step);
                    let stop = &range.start + &(&stop * &range.step);
                    let step = &range.step * &step;
                    let class = self.types.range;
                    return Ok(Value::Obj(self.alloc(
                        class,
                        Payload::Range(Box::new(crate::objects::range::Range {
                            start,
                            stop,
                            step,
                        })),
                    )));
                }
                let index = self.sequence_key(key, "range")?;
                let index = if index.is_negative() {
                    &index + &length
                } else {
                    index
                };
                if index.is_negative() || index >= length {
                    return Err(self.error(
                        ExceptionClass::IndexError,
                        "range object index out of range",
                    ));
                }
                let item = range.item(&index);
                Ok(self.int_value(item))
            }
            Payload::Dict(_) => match self.dict_get(object, key)? {
                Some(value) => Ok(value),
                None => {
                    // A subclass may supply missing keys (`dict.__getitem__`
                    // calls `__missing__`).
                    let missing = self.names.__missing__;
                    match self.call_user_dunder(container, missing, &[key])? {
                        Some(value) => Ok(value),
                        None => Err(self.key_error(key)),
                    }
                }
            },
            Payload::Type(_) => {
                let name = self.intern("__class_getitem__");
                if let Some(method) = self.lookup_type(object, name) {
                    let bound = self.bind(method, Value::None, object)?;
                    let bound = match bound.payload() {
                        Some(Payload::Function(_)) => {
                            return self.call_function(bound, &[container, key])
                        }
                        _ => bound,
                    };
                    return self.call_function(bound, &[key]);
                }
                if self.subscripts_to_alias(object) {
                    return Ok(self.new_generic_alias(object, key));
                }
                let type_name = crate::vm::type_name_of(object);
                Err(self.type_error(format!("type '{type_name}' is not subscriptable")))
            }
            _ => self.not_subscriptable(container),
        }
    }

    fn not_subscriptable(&mut self, container: Value) -> PyResult<Value> {
        let name = self.type_name(container);
        Err(self.type_error(format!("'{name}' object is not subscriptable")))
    }

    /// An integer subscript of a sequence, or CPython's TypeError.
    fn sequence_key(&mut self, key: Value, what: &str) -> PyResult<Int> {
        match self.index_value(key)? {
            Some(index) => Ok(index),
            None => {
                let name = self.type_name(key);
                let what = if what == "byte" { "byte" } else { what };
                Err(self.type_error(format!(
                    "{what} indices must be integers or slices, not {name}"
                )))
            }
        }
    }

    /// `container[key] = value`.
    pub fn set_item(&mut self, container: Value, key: Value, value: Value) -> PyResult<()> {
        let Value::Obj(object) = container else {
            let name = self.type_name(container);
            return Err(
                self.type_error(format!("'{name}' object does not support item assignment"))
            );
        };
        if let Some(class) = self.user_class(object) {
            let name = self.names.__setitem__;
            if let Some(method) = self.lookup_user(class, name) {
                self.call_method_value(method, container, &[key, value])?;
                return Ok(());
            }
        }
        self.builtin_set_item(container, key, value)
    }

    /// `container[key] = value` for a built-in container
    /// (`dict.__setitem__`…), ignoring a subclass's `__setitem__`.
    pub(crate) fn builtin_set_item(
        &mut self,
        container: Value,
        key: Value,
        value: Value,
    ) -> PyResult<()> {
        let Value::Obj(object) = container else {
            let name = self.type_name(container);
            return Err(
                self.type_error(format!("'{name}' object does not support item assignment"))
            );
        };
        match &object.payload {
            Payload::Dict(_) => self.dict_set(object, key, value),
            Payload::List(items) => {
                if let Some(slice) = key
                    .as_object()
                    .filter(|k| matches!(k.payload, Payload::Slice(_)))
                {
                    let Ok(iterator) = self.get_iter(value) else {
                        return Err(self.type_error("can only assign an iterable"));
                    };
                    let new_items = self.collect_iterator(iterator)?;
                    let length = items.borrow().len();
                    let range = self.slice_range(slice, length)?;
                    let mut list = items.borrow_mut();
                    if range.step == 1 {
                        let start = range.start as usize;
                        let end = start + range.count;
                        list.splice(start..end, new_items);
                        return Ok(());
                    }
                    if new_items.len() != range.count {
                        drop(list);
                        return Err(self.value_error(format!(
                            "attempt to assign sequence of size {} to extended slice of size {}",
                            new_items.len(),
                            range.count
                        )));
                    }
                    for (i, item) in range.indices().zip(new_items) {
                        list[i] = item;
                    }
                    return Ok(());
                }
                let index = self.sequence_key(key, "list")?;
                let length = items.borrow().len();
                match self.sequence_index(&index, key, length)? {
                    Some(i) => {
                        items.borrow_mut()[i] = value;
                        Ok(())
                    }
                    None => Err(self.error(
                        ExceptionClass::IndexError,
                        "list assignment index out of range",
                    )),
                }
            }
            Payload::ByteArray(_) => self.bytearray_set_item(object, key, value),
            Payload::MemoryView(_) => self.memoryview_set_item(object, key, value),
            _ => {
                let name = self.type_name(container);
                Err(self.type_error(format!("'{name}' object does not support item assignment")))
            }
        }
    }

    /// `del container[key]`.
    pub fn del_item(&mut self, container: Value, key: Value) -> PyResult<()> {
        let Value::Obj(object) = container else {
            let name = self.type_name(container);
            return Err(self.type_error(format!("'{name}' object does not support item deletion")));
        };
        if let Some(class) = self.user_class(object) {
            let name = self.names.__delitem__;
            if let Some(method) = self.lookup_user(class, name) {
                self.call_method_value(method, container, &[key])?;
                return Ok(());
            }
        }
        self.builtin_del_item(container, key)
    }

    /// `del container[key]` for a built-in container
    /// (`dict.__delitem__`…), ignoring a subclass's `__delitem__`.
    pub(crate) fn builtin_del_item(&mut self, container: Value, key: Value) -> PyResult<()> {
        let Value::Obj(object) = container else {
            let name = self.type_name(container);
            return Err(self.type_error(format!("'{name}' object does not support item deletion")));
        };
        match &object.payload {
            Payload::Dict(_) => match self.dict_remove(object, key)? {
                Some(_) => Ok(()),
                None => Err(self.key_error(key)),
            },
            Payload::List(items) => {
                let length = items.borrow().len();
                if let Some(slice) = key
                    .as_object()
                    .filter(|k| matches!(k.payload, Payload::Slice(_)))
                {
                    let range = self.slice_range(slice, length)?;
                    let mut doomed: Vec<usize> = range.indices().collect();
                    doomed.sort_unstable();
                    let mut list = items.borrow_mut();
                    for i in doomed.into_iter().rev() {
                        list.remove(i);
                    }
                    return Ok(());
                }
                let index = self.sequence_key(key, "list")?;
                match self.sequence_index(&index, key, length)? {
                    Some(i) => {
                        items.borrow_mut().remove(i);
                        Ok(())
                    }
                    None => Err(self.error(
                        ExceptionClass::IndexError,
                        "list assignment index out of range",
                    )),
                }
            }
            Payload::ByteArray(_) => self.bytearray_del_item(object, key),
            Payload::MemoryView(_) => Err(self.type_error("cannot delete memory")),
            _ => {
                // CPython's `PyObject_DelItem` words it differently for
                // types with sequence slots (and every class statement's).
                let name = self.type_name(container);
                let sequence_like = self.user_class(object).is_some()
                    || matches!(
                        object.payload,
                        Payload::Tuple(_)
                            | Payload::Str(_)
                            | Payload::Bytes(_)
                            | Payload::Range(_)
                            | Payload::Set(_)
                            | Payload::DictView(..)
                    );
                let verb = if sequence_like { "doesn't" } else { "does not" };
                Err(self.type_error(format!("'{name}' object {verb} support item deletion")))
            }
        }
    }

    /// `dict.update(other)` for `DictUpdate`, or `DictMerge` (`f(**m)`),
    /// which rejects repeated keys; `merge` is then the function called,
    /// for messages.
    pub(crate) fn dict_update(
        &mut self,
        dict: Value,
        other: Value,
        merge: Option<Value>,
    ) -> PyResult<()> {
        let Some(dict) = dict.as_object() else {
            return Ok(());
        };
        // `keys()`, `__getitem__`, `__hash__` and `__eq__` may run Python
        // code: the dicts and the entries gathered stay rooted.
        let mark = self.root(Value::Obj(dict));
        self.root(other);
        let result = self.dict_update_rooted(dict, other, merge);
        self.release_roots(mark);
        result
    }

    /// Whether `value` is a dict whose class keeps `dict.__iter__`: its
    /// entries are copied as they are stored; another dict is read
    /// through `keys()` and `__getitem__`, as any mapping (CPython's
    /// `dict_merge`).
    pub(crate) fn is_plain_dict(&mut self, value: Value) -> bool {
        let Value::Obj(object) = value else {
            return false;
        };
        let iter = self.names.__iter__;
        object.as_dict().is_some()
            && self
                .user_class(object)
                .is_none_or(|class| self.lookup_user(class, iter).is_none())
    }

    fn dict_update_rooted(
        &mut self,
        dict: ObjRef,
        other: Value,
        merge: Option<Value>,
    ) -> PyResult<()> {
        let plain_dict = self.is_plain_dict(other);
        let entries: Vec<(Value, Value)> = match other.payload() {
            Some(Payload::Dict(table)) if plain_dict => {
                let entries: Vec<(Value, Value)> =
                    table.borrow().iter().map(|(k, v)| (k.key, v)).collect();
                // `__eq__` and `__hash__` may change `other`: its entries
                // stay rooted.
                for &(key, value) in &entries {
                    self.roots.push(key);
                    self.roots.push(value);
                }
                entries
            }
            _ => {
                let keys_name = self.names.keys;
                let keys = match self.find_attr(other, keys_name)? {
                    Some(keys) => self.call_function(keys, &[])?,
                    None => {
                        let name = self.type_name(other);
                        let message = match merge {
                            Some(callable) => format!(
                                "{} argument after ** must be a mapping, not {name}",
                                self.function_name(callable)
                            ),
                            None => format!("'{name}' object is not a mapping"),
                        };
                        return Err(self.type_error(message));
                    }
                };
                let keys = self.collect_iterable(keys)?;
                let gathered = self.new_list(keys.clone());
                self.root(Value::Obj(gathered));
                let mut entries = Vec::with_capacity(keys.len());
                for key in keys {
                    let value = self.get_item(other, key)?;
                    if let Some(items) = gathered.as_list() {
                        items.borrow_mut().push(value);
                    }
                    entries.push((key, value));
                }
                entries
            }
        };
        for (key, value) in entries {
            if let Some(callable) = merge {
                if !matches!(key.payload(), Some(Payload::Str(_))) {
                    return Err(self.type_error("keywords must be strings"));
                }
                if self.dict_get(dict, key)?.is_some() {
                    let function = self.function_name(callable);
                    let name = self.str_text(key);
                    return Err(self.type_error(format!(
                        "{function} got multiple values for keyword argument '{name}'"
                    )));
                }
            }
            self.dict_set(dict, key, value)?;
        }
        Ok(())
    }

    /// `a | b` for dicts.
    pub(crate) fn dict_or(&mut self, a: Value, b: Value) -> PyResult<Value> {
        if !matches!(b.payload(), Some(Payload::Dict(_))) {
            return Ok(Value::NotImplemented);
        }
        let result = self.new_dict();
        self.roots.push(Value::Obj(result));
        let outcome = self
            .dict_update(Value::Obj(result), a, None)
            .and_then(|()| self.dict_update(Value::Obj(result), b, None));
        self.roots.pop();
        outcome?;
        Ok(Value::Obj(result))
    }
}

/// The item at `index` of a list or tuple, if it has one: read afresh on
/// each step of a search, since Python code run by the search (`__eq__`)
/// may change a list.
pub(crate) fn sequence_item(sequence: ObjRef, index: usize) -> Option<Value> {
    match &sequence.payload {
        Payload::List(items) => items.borrow().get(index).copied(),
        Payload::Tuple(items) => items.get(index).copied(),
        _ => None,
    }
}
