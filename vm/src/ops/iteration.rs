//! Iteration: `iter()` and `next()` on every built-in iterable, what
//! native code collects from an iterable, and unpacking.

use std::cell::RefCell;

use crate::exception_class::ExceptionClass;
use crate::number::Int;
use crate::object::Payload;
use crate::objects::generator::GeneratorKind;
use crate::objects::iterator::{BigRange, DictView, IterState};
use crate::ops::generator::{plain_generator, Consumer};
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm, MAX_ITEMS};

impl Vm {
    /// A new built-in iterator object.
    pub(crate) fn new_iterator(&mut self, class: ObjRef, state: IterState) -> Value {
        Value::Obj(self.alloc_with(class, || Payload::Iterator(RefCell::new(state))))
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

    /// `*iterable` in a list display (`ListExtend`): its items appended to
    /// the display's `list`, with CPython's message for a value that
    /// cannot be iterated at all.
    pub(crate) fn extend_starred(&mut self, list: ObjRef, iterable: Value) -> PyResult<()> {
        self.extend_list(list, iterable).map_err(|error| {
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

    /// [`Vm::extend_list`] from a list or tuple whose class is not a
    /// user's: its items copied at once. `None` for any other iterable.
    fn extend_list_from_sequence(&mut self, list: ObjRef, iterable: Value) -> Option<PyResult<()>> {
        let object = iterable.as_object()?;
        if self.user_class(object).is_some() {
            return None;
        }
        let target = list.as_list().expect("a list");
        let fits = |target: &mut Vec<Value>, more: usize| {
            if target.capacity() == 0 {
                // Sized exactly, as `to_vec` would (a list display's
                // `[*items]`, `list(items)`).
                return more <= MAX_ITEMS && target.try_reserve_exact(more).is_ok();
            }
            target.len() + more <= MAX_ITEMS && target.try_reserve(more).is_ok()
        };
        let fitted = match &object.payload {
            // `items.extend(items)`: the items as they were.
            Payload::List(_) if object == list => {
                let mut target = target.borrow_mut();
                let len = target.len();
                fits(&mut target, len) && {
                    target.extend_from_within(..);
                    true
                }
            }
            Payload::List(items) => {
                let items = items.borrow();
                let mut target = target.borrow_mut();
                fits(&mut target, items.len()) && {
                    target.extend_from_slice(&items);
                    true
                }
            }
            Payload::Tuple(items) => {
                let mut target = target.borrow_mut();
                fits(&mut target, items.len()) && {
                    target.extend_from_slice(items);
                    true
                }
            }
            _ => return None,
        };
        Some(if fitted {
            Ok(())
        } else {
            Err(self.memory_error())
        })
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
        if let Some(extended) = self.extend_list_from_sequence(list, iterable) {
            return extended;
        }
        // CPython sizes the list by the length hint first, so that
        // `list(range(10**12))` fails at once.
        if let Some(Payload::Range(range)) = iterable.payload() {
            // An `OverflowError` past an `i64`, as CPython's length hint.
            let len = self.len(iterable)? as i64;
            if len as u64 > MAX_ITEMS as u64 {
                return Err(self.memory_error());
            }
            // An `i64` range's items, written at once.
            if let (Some(start), Some(_), Some(step)) = (
                range.start.to_i64(),
                range.stop.to_i64(),
                range.step.to_i64(),
            ) {
                let mut target = list.as_list().expect("a list").borrow_mut();
                if target.len() + len as usize > MAX_ITEMS
                    || target.try_reserve(len as usize).is_err()
                {
                    drop(target);
                    return Err(self.memory_error());
                }
                // The items are `start + i * step` for `i < len`, each
                // between `start` and `stop`, so in `i64`; `i * step` alone
                // may not be (`range(-2**63, 2**63 - 1, 2**63 - 1)`), and
                // wrapping arithmetic, exact modulo 2**64, still gives it.
                target
                    .extend((0..len).map(|i| Value::Int(start.wrapping_add(i.wrapping_mul(step)))));
                return Ok(());
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
                loop {
                    // A list's, a tuple's or a range's iterator at once.
                    let next = match Vm::next_fast(iterator) {
                        Some(next) => next,
                        None => self.next(iterator)?,
                    };
                    let Some(item) = next else {
                        return Ok(());
                    };
                    if !push_collected(list, item) {
                        return Err(self.memory_error());
                    }
                }
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
