//! `reversed(seq)` as CPython's `reversed_new`: a class's `__reversed__`
//! first (`None` there blocks it), the built-in `__reversed__` of `list`,
//! `dict`, its views and `range`, and otherwise the sequence protocol,
//! asking `__getitem__` for `len - 1`, `len - 2`, … one item at a time.

use crate::exception_class::ExceptionClass;
use crate::number::Int;
use crate::object::Payload;
use crate::objects::iterator::{BigRange, DictView, IterState};
use crate::value::{ObjRef, Value};
use crate::vm::{PyErr, PyResult, Vm};

impl Vm {
    /// `reversed(value)`.
    pub(crate) fn reversed(&mut self, value: Value) -> PyResult<Value> {
        if let Some(object) = value.as_object() {
            if let Some(class) = self.user_class(object) {
                let name = self.names.__reversed__;
                match self.lookup_user(class, name) {
                    Some(Value::None) => return Err(self.not_reversible(value)),
                    Some(method) => return self.call_method_value(method, value, &[]),
                    None => {}
                }
            }
            if let Some(iterator) = self.builtin_reversed(object) {
                return Ok(iterator);
            }
        }
        if !self.is_sequence(value) {
            return Err(self.not_reversible(value));
        }
        let length = self.len(value)?;
        let class = self.types.reversed;
        let state = match value.as_object() {
            // A tuple whose class keeps `tuple.__getitem__` is read
            // directly.
            Some(object) if object.as_tuple().is_some() && !self.overrides_getitem(object) => {
                IterState::Reversed {
                    sequence: object,
                    left: length,
                }
            }
            _ => IterState::ReversedGetItem {
                object: value,
                left: length,
            },
        };
        Ok(self.new_iterator(class, state))
    }

    /// `__reversed__` of `list`, `dict`, the dict views and `range`;
    /// `None` for the other types, which have none.
    pub(crate) fn builtin_reversed(&mut self, object: ObjRef) -> Option<Value> {
        let (class, state) = match &object.payload {
            Payload::List(items) => (
                self.types.list_reverseiterator,
                IterState::Reversed {
                    sequence: object,
                    left: items.borrow().len(),
                },
            ),
            Payload::Range(range) => {
                let length = range.len();
                // The last value first, stepping back.
                let last = &range.start + &(&(&length - &Int::ONE) * &range.step);
                let step = -&range.step;
                match (last.to_i64(), step.to_i64(), length.to_i64()) {
                    (Some(next), Some(step), Some(left)) if range.start.to_i64().is_some() => (
                        self.types.range_iterator,
                        IterState::SmallRange {
                            next,
                            left: left.max(0) as u64,
                            step,
                        },
                    ),
                    _ => (
                        self.types.longrange_iterator,
                        IterState::BigRange(Box::new(BigRange {
                            next: last,
                            left: length,
                            step,
                        })),
                    ),
                }
            }
            Payload::Dict(_) => return Some(self.reversed_dict(object, DictView::Keys)),
            Payload::DictView(dict, view) => return Some(self.reversed_dict(*dict, *view)),
            _ => return None,
        };
        Some(self.new_iterator(class, state))
    }

    /// An iterator over the keys, values or items of `dict`, last first.
    fn reversed_dict(&mut self, dict: ObjRef, view: DictView) -> Value {
        let entries: Vec<(Value, Value)> = dict
            .as_dict()
            .map(|d| d.borrow().iter().map(|(k, v)| (k.key, v)).collect())
            .unwrap_or_default();
        let mark = self.roots.len();
        let mut items = Vec::with_capacity(entries.len());
        for &(key, value) in entries.iter().rev() {
            let item = match view {
                DictView::Keys => key,
                DictView::Values => value,
                DictView::Items => {
                    let pair = Value::Obj(self.new_tuple(vec![key, value]));
                    self.roots.push(pair);
                    pair
                }
            };
            items.push(item);
        }
        let sequence = self.new_tuple(items);
        self.release_roots(mark);
        let class = match view {
            DictView::Keys => self.types.dict_reversekeyiterator,
            DictView::Values => self.types.dict_reversevalueiterator,
            DictView::Items => self.types.dict_reverseitemiterator,
        };
        self.new_iterator(class, IterState::Sequence { sequence, index: 0 })
    }

    /// The next item of a reversed iterator over the sequence protocol:
    /// `object[left - 1]`, until an IndexError or StopIteration ends it
    /// (CPython's `reversed_next`).
    pub(crate) fn next_reversed_getitem(
        &mut self,
        state: &std::cell::RefCell<IterState>,
        object: Value,
        left: usize,
    ) -> PyResult<Option<Value>> {
        if left == 0 {
            *state.borrow_mut() = IterState::Exhausted;
            return Ok(None);
        }
        match self.get_item(object, Value::Int(left as i64 - 1)) {
            Ok(item) => {
                if let IterState::ReversedGetItem { left, .. } = &mut *state.borrow_mut() {
                    *left -= 1;
                }
                Ok(Some(item))
            }
            Err(error)
                if self.is_exception(Value::Obj(error.exception), ExceptionClass::IndexError)
                    || self.is_exception(
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

    /// Whether `value` is a sequence as CPython's `PySequence_Check`
    /// says: it has `__getitem__` and is not a dict.
    pub(crate) fn is_sequence(&mut self, value: Value) -> bool {
        let Some(object) = value.as_object() else {
            return false;
        };
        if object.as_dict().is_some() {
            return false;
        }
        if matches!(
            object.payload,
            Payload::Str(_)
                | Payload::Bytes(_)
                | Payload::ByteArray(_)
                | Payload::MemoryView(_)
                | Payload::Tuple(_)
                | Payload::List(_)
                | Payload::Range(_)
        ) {
            return true;
        }
        self.overrides_getitem(object)
    }

    /// Whether the class of `object` defines `__getitem__` in Python.
    fn overrides_getitem(&mut self, object: ObjRef) -> bool {
        let name = self.names.__getitem__;
        self.user_class(object)
            .is_some_and(|class| self.lookup_user(class, name).is_some())
    }

    /// "'X' object is not reversible".
    fn not_reversible(&mut self, value: Value) -> PyErr {
        let name = self.type_name(value);
        self.type_error(format!("'{name}' object is not reversible"))
    }
}
