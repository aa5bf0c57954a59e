//! Containers: `len()`, `in`, subscripts and slices, iteration, unpacking.

use std::cell::RefCell;

use crate::exception_class::ExceptionClass;
use crate::number::Int;
use crate::object::Payload;
use crate::objects::generator::GeneratorKind;
use crate::objects::iterator::{BigRange, DictView, IterState};
use crate::ops::generator::{plain_generator, Consumer};
use crate::ops::index::item_position;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm, MAX_ITEMS};

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
        self.alloc(class, Payload::Slice(Box::new([start, stop, step])))
    }

    /// A new empty `set`.
    pub fn new_set(&mut self) -> ObjRef {
        let class = self.types.set;
        self.alloc(class, Payload::Set(Box::default()))
    }

    /// A view of a dict's keys, values or items.
    pub fn new_dict_view(&mut self, dict: ObjRef, view: DictView) -> ObjRef {
        let class = match view {
            DictView::Keys => self.types.dict_keys,
            DictView::Values => self.types.dict_values,
            DictView::Items => self.types.dict_items,
        };
        self.alloc(class, Payload::DictView(dict, view))
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
                            Some(needle) => Ok(text.as_str().contains(needle.as_str())),
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
        let mark = self.root(item);
        let equal = self.eq(item, target);
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

    /// A new built-in iterator object.
    pub(crate) fn new_iterator(&mut self, class: ObjRef, state: IterState) -> Value {
        Value::Obj(self.alloc(class, Payload::Iterator(RefCell::new(state))))
    }

    /// `iter(value)`.
    pub fn get_iter(&mut self, value: Value) -> PyResult<Value> {
        // A generator is its own iterator (`for x in gen()`).
        if plain_generator(value).is_some() {
            return Ok(value);
        }
        let Value::Obj(object) = value else {
            let name = self.type_name(value);
            return Err(self.type_error(format!("'{name}' object is not iterable")));
        };
        if let Some(class) = self.user_class(object) {
            let name = self.names.__iter__;
            if let Some(method) = self.lookup_user(class, name) {
                // `__iter__ = None` blocks iteration (CPython's `slot_tp_iter`).
                if method.is_none() {
                    let type_name = self.type_name(value);
                    return Err(self.type_error(format!("'{type_name}' object is not iterable")));
                }
                let iterator = self.call_method_value(method, value, &[])?;
                if !self.is_iterator(iterator) {
                    let type_name = self.type_name(iterator);
                    return Err(self.type_error(format!(
                        "iter() returned non-iterator of type '{type_name}'"
                    )));
                }
                return Ok(iterator);
            }
            // The sequence protocol, unless a built-in base iterates (a
            // `list` subclass is iterated as a list, whatever its
            // `__getitem__`).
            let (name, iter_name) = (self.names.__getitem__, self.names.__iter__);
            if self.lookup_user(class, name).is_some()
                && self.lookup_type(class, iter_name).is_none()
            {
                let class = self.types.seq_iterator;
                return Ok(self.new_iterator(
                    class,
                    IterState::GetItem {
                        object: value,
                        index: 0,
                    },
                ));
            }
        }
        self.builtin_iter(value)
    }

    /// Whether instances of `class` are iterable by their type: it has
    /// `__iter__` (even `None`, which blocks iteration with its own
    /// message) or `__getitem__` (CPython's `tp_iter` and
    /// `PySequence_Check`).
    fn is_iterable_type(&mut self, class: ObjRef) -> bool {
        let (iter_name, getitem_name) = (self.names.__iter__, self.names.__getitem__);
        self.lookup_type(class, iter_name).is_some()
            || self.lookup_type(class, getitem_name).is_some()
    }

    /// The items of `*iterable` in a list display (`ListExtend`), with
    /// CPython's message for a value that cannot be iterated at all.
    pub(crate) fn collect_starred(&mut self, iterable: Value) -> PyResult<Vec<Value>> {
        self.collect_iterable(iterable).map_err(|error| {
            let class = self.type_of(iterable);
            if self.is_iterable_type(class)
                || !self.is_exception(Value::Obj(error.exception), ExceptionClass::TypeError)
            {
                return error;
            }
            let name = self.type_name(iterable);
            self.type_error(format!("Value after * must be an iterable, not {name}"))
        })
    }

    /// `iter(value)` for a built-in iterable (`list.__iter__`…), ignoring
    /// a subclass's `__iter__`.
    pub(crate) fn builtin_iter(&mut self, value: Value) -> PyResult<Value> {
        let Value::Obj(object) = value else {
            let name = self.type_name(value);
            return Err(self.type_error(format!("'{name}' object is not iterable")));
        };
        if let Payload::MappingProxy(mapping) = &object.payload {
            return self.get_iter(Value::Obj(*mapping));
        }
        let types = &self.types;
        let (class, state) = match &object.payload {
            Payload::List(_) => (
                types.list_iterator,
                IterState::Sequence {
                    sequence: object,
                    index: 0,
                },
            ),
            Payload::Tuple(_) => (
                types.tuple_iterator,
                IterState::Sequence {
                    sequence: object,
                    index: 0,
                },
            ),
            Payload::Str(text) => (
                if text.is_ascii() {
                    types.str_ascii_iterator
                } else {
                    types.str_iterator
                },
                IterState::Str {
                    string: object,
                    offset: 0,
                },
            ),
            Payload::Bytes(_) | Payload::ByteArray(_) | Payload::MemoryView(_) => {
                let class = match &object.payload {
                    Payload::Bytes(_) => types.bytes_iterator,
                    Payload::ByteArray(_) => types.bytearray_iterator,
                    _ => {
                        self.live_view(&object)?;
                        self.types.memory_iterator
                    }
                };
                (
                    class,
                    IterState::Bytes {
                        bytes: object,
                        index: 0,
                    },
                )
            }
            Payload::Dict(dict) => (
                types.dict_keyiterator,
                IterState::Dict {
                    dict: object,
                    index: 0,
                    size: dict.borrow().len(),
                    view: DictView::Keys,
                },
            ),
            Payload::DictView(dict, view) => {
                let size = dict.as_dict().map_or(0, |d| d.borrow().len());
                let class = match view {
                    DictView::Keys => types.dict_keyiterator,
                    DictView::Values => types.dict_valueiterator,
                    DictView::Items => types.dict_itemiterator,
                };
                (
                    class,
                    IterState::Dict {
                        dict: *dict,
                        index: 0,
                        size,
                        view: *view,
                    },
                )
            }
            Payload::Set(set) => (
                types.set_iterator,
                IterState::Set {
                    set: object,
                    slot: 0,
                    size: set.borrow().len(),
                },
            ),
            Payload::Range(range) => {
                let left = range.len();
                match (&range.start, &range.step, left.to_i64()) {
                    (Int::Small(start), Int::Small(step), Some(left))
                        if range.stop.to_i64().is_some() =>
                    {
                        (
                            types.range_iterator,
                            IterState::SmallRange {
                                next: *start,
                                left: left as u64,
                                step: *step,
                            },
                        )
                    }
                    _ => (
                        types.longrange_iterator,
                        IterState::BigRange(Box::new(BigRange {
                            next: range.start.clone(),
                            left,
                            step: range.step.clone(),
                        })),
                    ),
                }
            }
            Payload::Iterator(_) | Payload::AwaitWrapper(_) => return Ok(value),
            Payload::Generator(cell) if cell.borrow().kind == GeneratorKind::Generator => {
                return Ok(value)
            }
            Payload::File(file) => {
                if file.borrow().closed {
                    return Err(self.value_error("I/O operation on closed file."));
                }
                return Ok(value);
            }
            Payload::StringIo(_) => {
                self.string_io_check_open(object)?;
                return Ok(value);
            }
            _ => {
                let name = self.type_name(value);
                return Err(self.type_error(format!("'{name}' object is not iterable")));
            }
        };
        Ok(self.new_iterator(class, state))
    }

    /// Whether a value is an iterator (has `__next__`).
    pub(crate) fn is_iterator(&mut self, value: Value) -> bool {
        match value.as_object() {
            Some(object) => match &object.payload {
                Payload::Iterator(_)
                | Payload::File(_)
                | Payload::StringIo(_)
                | Payload::AwaitWrapper(_) => true,
                // Coroutines and async generators are not iterators.
                Payload::Generator(cell) => cell.borrow().kind == GeneratorKind::Generator,
                _ => match self.user_class(object) {
                    Some(class) => {
                        let name = self.names.__next__;
                        self.lookup_user(class, name).is_some()
                    }
                    None => false,
                },
            },
            None => false,
        }
    }

    /// The next entry of a dict iterator's state (key and value), or
    /// `None` at the end; an error when the dict changed size.
    fn next_dict_entry(&mut self, current: &mut IterState) -> PyResult<Option<(Value, Value)>> {
        let IterState::Dict {
            dict, index, size, ..
        } = current
        else {
            return Ok(None);
        };
        let Payload::Dict(table) = &dict.payload else {
            return Ok(None);
        };
        let length = table.borrow().len();
        if length != *size {
            *current = IterState::Exhausted;
            let message = "dictionary changed size during iteration";
            return Err(self.error(ExceptionClass::RuntimeError, message));
        }
        let entry = table.borrow().entry(*index);
        match entry {
            Some((key, value)) => {
                *index += 1;
                Ok(Some((key.key, value)))
            }
            None => {
                *current = IterState::Exhausted;
                Ok(None)
            }
        }
    }

    /// The next pair of an iterator of pairs, made without a tuple for
    /// `for a, b in …` to store at once: `enumerate` (while its count is
    /// small), a dict's items and `zip` of two (not strict). `None` for
    /// other iterators, which go through [`Vm::next`]; `Some(None)` at the
    /// end.
    pub(crate) fn next_pair(
        &mut self,
        iterator: Value,
    ) -> PyResult<Option<Option<(Value, Value)>>> {
        let Some(Payload::Iterator(state)) = iterator.payload() else {
            return Ok(None);
        };
        let mut current = state.borrow_mut();
        match &mut *current {
            IterState::Enumerate { iterator, count } => {
                let (Int::Small(number), inner) = (&**count, *iterator) else {
                    return Ok(None);
                };
                let number = *number;
                let Some(following) = number.checked_add(1) else {
                    return Ok(None);
                };
                **count = Int::Small(following);
                drop(current);
                // `next_fast` here, not only inside `next`: inlined, it
                // saves a call per item of a loop over a list (7%).
                let item = match Vm::next_fast(inner) {
                    Some(item) => item,
                    None => self.next(inner)?,
                };
                Ok(Some(item.map(|item| (Value::Int(number), item))))
            }
            IterState::Dict {
                view: DictView::Items,
                ..
            } => Ok(Some(self.next_dict_entry(&mut current)?)),
            IterState::Zip {
                iterators,
                strict: false,
            } if iterators.len() == 2 => {
                let (left, right) = (iterators[0], iterators[1]);
                drop(current);
                let next = |vm: &mut Vm, iterator: Value| match Vm::next_fast(iterator) {
                    Some(item) => Ok(item),
                    None => vm.next(iterator),
                };
                let pair = match next(self, left)? {
                    Some(a) => {
                        // Rooted while the other iterator runs (it may run
                        // Python code, and collect).
                        let mark = self.root(a);
                        let b = next(self, right);
                        self.release_roots(mark);
                        b?.map(|b| (a, b))
                    }
                    None => None,
                };
                if pair.is_none() {
                    *state.borrow_mut() = IterState::Exhausted;
                }
                Ok(Some(pair))
            }
            _ => Ok(None),
        }
    }

    /// `next(iterator)`, with exhaustion as `None` instead of
    /// `StopIteration`.
    pub fn next(&mut self, iterator: Value) -> PyResult<Option<Value>> {
        let Value::Obj(object) = iterator else {
            let name = self.type_name(iterator);
            return Err(self.type_error(format!("'{name}' object is not an iterator")));
        };
        match &object.payload {
            Payload::Iterator(state) => match Vm::next_fast(iterator) {
                Some(next) => Ok(next),
                None => self.builtin_next(state),
            },
            Payload::Generator(_) => self.generator_next(object),
            Payload::AwaitWrapper(_) => self.await_wrapper_next(object),
            Payload::File(_) => self.file_next(object),
            Payload::StringIo(_) => self.string_io_next(object),
            _ => {
                let name = self.names.__next__;
                match self.call_user_dunder(iterator, name, &[]) {
                    Ok(Some(value)) => Ok(Some(value)),
                    Ok(None) => {
                        let type_name = self.type_name(iterator);
                        Err(self.type_error(format!("'{type_name}' object is not an iterator")))
                    }
                    Err(error)
                        if self.is_exception(
                            Value::Obj(error.exception),
                            ExceptionClass::StopIteration,
                        ) =>
                    {
                        Ok(None)
                    }
                    Err(error) => Err(error),
                }
            }
        }
    }

    fn builtin_next(&mut self, state: &RefCell<IterState>) -> PyResult<Option<Value>> {
        // `map` over `filter` over … nests with no depth limit in CPython.
        self.guard_native_stack("")?;
        let mut current = state.borrow_mut();
        match &mut *current {
            IterState::Exhausted | IterState::Sequence { .. } | IterState::SmallRange { .. } => {
                unreachable!("Vm::next_fast handles these")
            }
            IterState::Reversed { sequence, left } => {
                if *left == 0 {
                    *current = IterState::Exhausted;
                    return Ok(None);
                }
                *left -= 1;
                let item = match &sequence.payload {
                    Payload::List(items) => items.borrow().get(*left).copied(),
                    Payload::Tuple(items) => items.get(*left).copied(),
                    _ => None,
                };
                if item.is_none() {
                    *current = IterState::Exhausted;
                }
                Ok(item)
            }
            IterState::BigRange(range) => {
                let BigRange { next, left, step } = &mut **range;
                if left.is_zero() || left.is_negative() {
                    return Ok(None);
                }
                let value = next.clone();
                *left = &*left - &Int::ONE;
                *next = &*next + step;
                drop(current);
                Ok(Some(self.int_value(value)))
            }
            IterState::Str { string, offset } => {
                let text = string.as_str().expect("str").as_str();
                match text[*offset..].chars().next() {
                    Some(c) => {
                        *offset += c.len_utf8();
                        drop(current);
                        Ok(Some(self.char_value(c)))
                    }
                    None => Ok(None),
                }
            }
            IterState::Bytes { bytes, index } => {
                let byte = match &bytes.payload {
                    Payload::Bytes(data) => data.get(*index).copied(),
                    Payload::ByteArray(data) => data.borrow().get(*index).copied(),
                    Payload::MemoryView(view) => view.get(*index),
                    _ => None,
                };
                Ok(byte.map(|byte| {
                    *index += 1;
                    Value::Int(i64::from(byte))
                }))
            }
            IterState::Dict { view, .. } => {
                let view = *view;
                let Some((key, value)) = self.next_dict_entry(&mut current)? else {
                    return Ok(None);
                };
                drop(current);
                Ok(Some(match view {
                    DictView::Keys => key,
                    DictView::Values => value,
                    DictView::Items => Value::Obj(self.new_tuple([key, value])),
                }))
            }
            IterState::Set { set, slot, size } => {
                let table = set.as_set().expect("a set");
                if table.borrow().len() != *size {
                    *current = IterState::Exhausted;
                    drop(current);
                    let message = "Set changed size during iteration";
                    return Err(self.error(ExceptionClass::RuntimeError, message));
                }
                let found = table.borrow().next_entry(*slot);
                match found {
                    Some((index, key)) => {
                        *slot = index + 1;
                        Ok(Some(key.key))
                    }
                    None => {
                        *current = IterState::Exhausted;
                        Ok(None)
                    }
                }
            }
            IterState::GetItem { object, index } => {
                let (object, position) = (*object, *index);
                *index += 1;
                drop(current);
                match self.get_item(object, Value::Int(position)) {
                    Ok(item) => Ok(Some(item)),
                    Err(error)
                        if self.is_exception(
                            Value::Obj(error.exception),
                            ExceptionClass::IndexError,
                        ) || self.is_exception(
                            Value::Obj(error.exception),
                            ExceptionClass::StopIteration,
                        ) =>
                    {
                        *state.borrow_mut() = IterState::Exhausted;
                        Ok(None)
                    }
                    Err(error) => Err(error),
                }
            }
            IterState::ReversedGetItem { object, left } => {
                let (object, left) = (*object, *left);
                drop(current);
                self.next_reversed_getitem(state, object, left)
            }
            IterState::Callable { callable, sentinel } => {
                let (callable, sentinel) = (*callable, *sentinel);
                drop(current);
                let value = self.call_function(callable, &[])?;
                if self.eq(value, sentinel)? {
                    *state.borrow_mut() = IterState::Exhausted;
                    return Ok(None);
                }
                Ok(Some(value))
            }
            IterState::Enumerate { iterator, count } => {
                let iterator = *iterator;
                let number = (**count).clone();
                **count = &**count + &Int::ONE;
                drop(current);
                match self.next(iterator)? {
                    Some(item) => {
                        let number = self.int_value(number);
                        Ok(Some(Value::Obj(self.new_tuple([number, item]))))
                    }
                    None => Ok(None),
                }
            }
            IterState::Zip { iterators, strict } => {
                let (iterators, strict) = (iterators.to_vec(), *strict);
                drop(current);
                // The items so far are rooted while the next iterator runs
                // (it may run Python code, and collect).
                let mark = self.roots.len();
                let mut ended = None;
                for (i, &iterator) in iterators.iter().enumerate() {
                    match self.next(iterator) {
                        Ok(Some(item)) => self.roots.push(item),
                        Ok(None) => {
                            ended = Some(Ok(i));
                            break;
                        }
                        Err(error) => {
                            ended = Some(Err(error));
                            break;
                        }
                    }
                }
                let items = self.roots.split_off(mark);
                match ended {
                    Some(Err(error)) => Err(error),
                    Some(Ok(i)) if strict => self.zip_strict_error(&iterators, i),
                    Some(Ok(_)) => {
                        *state.borrow_mut() = IterState::Exhausted;
                        Ok(None)
                    }
                    None if items.is_empty() => Ok(None),
                    None => Ok(Some(Value::Obj(self.new_tuple(items)))),
                }
            }
            IterState::Map {
                function,
                iterators,
            } => {
                let (function, iterators) = (*function, iterators.to_vec());
                drop(current);
                // The arguments so far are rooted on the value stack while
                // the next iterator runs (it may run Python code, and
                // collect), and while the function runs.
                let start = self.stack.len();
                let mut exhausted = false;
                for &iterator in &iterators {
                    match self.next(iterator) {
                        Ok(Some(item)) => self.stack.push(item),
                        Ok(None) => {
                            exhausted = true;
                            break;
                        }
                        Err(error) => {
                            self.stack.truncate(start);
                            return Err(error);
                        }
                    }
                }
                if exhausted {
                    self.stack.truncate(start);
                    return Ok(None);
                }
                let args = self.stack[start..].to_vec();
                let result = self.call_function(function, &args);
                self.stack.truncate(start);
                result.map(Some)
            }
            IterState::Filter { function, iterator } => {
                let (function, iterator) = (*function, *iterator);
                drop(current);
                loop {
                    let Some(item) = self.next(iterator)? else {
                        return Ok(None);
                    };
                    self.roots.push(item);
                    let keep = if function.is_none() {
                        self.truthy(item)
                    } else {
                        self.call_function(function, &[item])
                            .and_then(|r| self.truthy(r))
                    };
                    self.roots.pop();
                    if keep? {
                        return Ok(Some(item));
                    }
                }
            }
        }
    }

    /// `zip(strict=True)` when iterator `i` ran out: CPython's message
    /// names which argument is shorter or longer.
    fn zip_strict_error(&mut self, iterators: &[Value], i: usize) -> PyResult<Option<Value>> {
        if i > 0 {
            let plural = if i == 1 { " " } else { "s 1-" };
            return Err(self.value_error(format!(
                "zip() argument {} is shorter than argument{plural}{i}",
                i + 1
            )));
        }
        for (j, &iterator) in iterators.iter().enumerate().skip(1) {
            if self.next(iterator)?.is_some() {
                let plural = if j == 1 { " " } else { "s 1-" };
                return Err(self.value_error(format!(
                    "zip() argument {} is longer than argument{plural}{j}",
                    j + 1
                )));
            }
        }
        Ok(None)
    }

    /// Every item of an iterable, in order.
    pub fn collect_iterable(&mut self, iterable: Value) -> PyResult<Vec<Value>> {
        if let Some(items) = self.builtin_sequence_items(iterable) {
            return Ok(items);
        }
        let collected = self.new_list(Vec::new());
        let mark = self.root(Value::Obj(collected));
        let result = self.extend_list(collected, iterable);
        self.release_roots(mark);
        result?;
        let items = std::mem::take(&mut *collected.as_list().expect("list").borrow_mut());
        Ok(items)
    }

    /// The items of a list or tuple whose class is not a user's, copied.
    fn builtin_sequence_items(&self, iterable: Value) -> Option<Vec<Value>> {
        let object = iterable.as_object()?;
        if self.user_class(object).is_some() {
            return None;
        }
        match &object.payload {
            Payload::List(items) => Some(items.borrow().clone()),
            Payload::Tuple(items) => Some(items.to_vec()),
            _ => None,
        }
    }

    /// Appends the items of `iterable` to `list` one at a time, as
    /// CPython's `list_extend`: the items appended before an error stay,
    /// and Python code run by the iteration sees the list grow.
    pub(crate) fn extend_list(&mut self, list: ObjRef, iterable: Value) -> PyResult<()> {
        if let Some(items) = self.builtin_sequence_items(iterable) {
            let mut target = list.as_list().expect("a list").borrow_mut();
            if target.len() + items.len() > MAX_ITEMS || target.try_reserve(items.len()).is_err() {
                drop(target);
                return Err(self.memory_error());
            }
            target.extend(items);
            return Ok(());
        }
        // CPython sizes the list by the length hint first, so that
        // `list(range(10**12))` fails at once.
        if let Some(Payload::Range(range)) = iterable.payload() {
            if range
                .len()
                .to_i64()
                .is_none_or(|len| len as u64 > MAX_ITEMS as u64)
            {
                return Err(self.memory_error());
            }
        }
        let iterator = self.get_iter(iterable)?;
        self.extend_list_from(list, iterator)
    }

    /// The items `iterator` yields (its `__iter__` already called, as
    /// CPython's callers of `PySequence_Fast` check iterability through
    /// the one iterator they use).
    pub(crate) fn collect_iterator(&mut self, iterator: Value) -> PyResult<Vec<Value>> {
        let collected = self.new_list(Vec::new());
        let mark = self.root(Value::Obj(collected));
        let result = self.extend_list_from(collected, iterator);
        self.release_roots(mark);
        result?;
        let items = std::mem::take(&mut *collected.as_list().expect("list").borrow_mut());
        Ok(items)
    }

    /// Appends the items `iterator` yields to `list`, one at a time.
    fn extend_list_from(&mut self, list: ObjRef, iterator: Value) -> PyResult<()> {
        let mark = self.roots.len();
        self.roots.push(iterator);
        self.roots.push(Value::Obj(list));
        let result = match plain_generator(iterator) {
            // A generator runs in the interpreter loop, its yields
            // appended there.
            Some(generator) => match self.consume_generator(generator, Consumer::Collect(list)) {
                Ok((_, None)) => Ok(()),
                Ok((_, Some(_))) => Err(self.memory_error()),
                Err(error) => Err(error),
            },
            None => (|| {
                while let Some(item) = self.next(iterator)? {
                    if !push_collected(list, item) {
                        return Err(self.memory_error());
                    }
                }
                Ok(())
            })(),
        };
        self.roots.truncate(mark);
        result
    }

    /// `UnpackSequence` / `UnpackEx`: exactly `before` items, or `before`
    /// items, a list of the rest and `after` items.
    pub(crate) fn unpack(
        &mut self,
        value: Value,
        before: usize,
        after: Option<usize>,
    ) -> PyResult<Vec<Value>> {
        if let Value::Obj(object) = value {
            if !matches!(
                object.payload,
                Payload::List(_)
                    | Payload::Tuple(_)
                    | Payload::Str(_)
                    | Payload::Dict(_)
                    | Payload::Set(_)
                    | Payload::Range(_)
                    | Payload::Iterator(_)
                    | Payload::Generator(_)
                    | Payload::File(_)
                    | Payload::StringIo(_)
                    | Payload::Bytes(_)
                    | Payload::ByteArray(_)
                    | Payload::MemoryView(_)
            ) && self.user_class(object).is_none()
                || self.user_class(object).is_some() && !self.is_iterable_type(object.class())
            {
                let name = self.type_name(value);
                return Err(self.type_error(format!("cannot unpack non-iterable {name} object")));
            }
        } else {
            let name = self.type_name(value);
            return Err(self.type_error(format!("cannot unpack non-iterable {name} object")));
        }
        let items = self.collect_iterable(value)?;
        match after {
            None => {
                if items.len() != before {
                    return Err(if items.len() > before {
                        self.value_error(format!("too many values to unpack (expected {before})"))
                    } else {
                        self.value_error(format!(
                            "not enough values to unpack (expected {before}, got {})",
                            items.len()
                        ))
                    });
                }
                Ok(items)
            }
            Some(after) => {
                if items.len() < before + after {
                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        before + after,
                        items.len()
                    )));
                }
                let mut result = items[..before].to_vec();
                let middle = items[before..items.len() - after].to_vec();
                result.push(Value::Obj(self.new_list(middle)));
                result.extend_from_slice(&items[items.len() - after..]);
                Ok(result)
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

/// Appends `item` to the list `collected` for
/// [`Vm::collect_iterable`], unless the list cannot grow: growing past what
/// can be had is a MemoryError, not an abort.
pub(crate) fn push_collected(collected: ObjRef, item: Value) -> bool {
    let mut items = collected.as_list().expect("a list").borrow_mut();
    if items.len() == items.capacity() {
        let more = items.len().max(16);
        if items.len() + more > MAX_ITEMS || items.try_reserve(more).is_err() {
            return false;
        }
    }
    items.push(item);
    true
}
