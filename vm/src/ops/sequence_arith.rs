//! The sequences' `+` and `*` (CPython's `sq_concat` and `sq_repeat`):
//! what `a + b` and `a * n` fall back to when no numeric method answers
//! (a class's `__radd__` or `__rmul__` comes first), and what
//! `list.__add__` and `str.__mul__` run.

use pyvm_bytecode::BinaryOperator as Op;

use crate::exception_class::ExceptionClass;
use crate::object::Payload;
use crate::objects::str::Str;
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm, MAX_ALLOCATION};

/// Whether `object` is a str, list, tuple, bytes or bytearray (or of a
/// subclass): the types with concatenation and repetition.
pub(crate) fn is_sequence(object: ObjRef) -> bool {
    matches!(
        object.payload,
        Payload::Str(_)
            | Payload::List(_)
            | Payload::Tuple(_)
            | Payload::Bytes(_)
            | Payload::ByteArray(_)
    )
}

impl Vm {
    /// The sequence step of `a + b`, `a * b` and their in-place forms,
    /// once the numeric methods have declined (as CPython's
    /// `PyNumber_Add` and `PyNumber_Multiply`): the left operand's
    /// concatenation, or the repetition of whichever operand is a
    /// sequence. `None` when neither applies.
    pub(crate) fn sequence_op(&mut self, a: Value, b: Value, op: Op) -> PyResult<Option<Value>> {
        let inplace = op.is_inplace();
        match op.without_inplace() {
            Op::Add => match self.sequence_with(a, &["__add__"]) {
                Some(sequence) if inplace && self.sequence_with(a, &["__iadd__"]).is_some() => {
                    self.sequence_inplace_concat(sequence, b).map(Some)
                }
                Some(sequence) => self.sequence_concat(sequence, b).map(Some),
                None => Ok(None),
            },
            Op::Multiply => {
                let repeat = ["__mul__", "__rmul__"];
                let left = self.sequence_with(a, &repeat);
                let (sequence, count) = match (left, self.sequence_with(b, &repeat)) {
                    (Some(sequence), _) => (sequence, b),
                    (None, Some(sequence)) => (sequence, a),
                    (None, None) => return Ok(None),
                };
                // `__index__` may run Python code: the operands stay rooted.
                let mark = self.root(a);
                self.root(b);
                let count = self.sequence_count(count);
                self.release_roots(mark);
                let count = count?;
                if inplace && left.is_some() && self.sequence_with(a, &["__imul__"]).is_some() {
                    self.sequence_inplace_repeat(sequence, count).map(Some)
                } else {
                    self.sequence_repeat(sequence, count).map(Some)
                }
            }
            _ => Ok(None),
        }
    }

    /// `value` as a sequence whose class keeps the built-in methods
    /// `names`: a class defining `__add__` in Python loses the built-in
    /// concatenation (CPython clears `sq_concat`), and one defining
    /// `__mul__` or `__rmul__` the repetition.
    fn sequence_with(&mut self, value: Value, names: &[&str]) -> Option<ObjRef> {
        let sequence = value.as_object().filter(|o| is_sequence(*o))?;
        if let Some(class) = self.user_class(sequence) {
            for name in names {
                let name = self.intern(name);
                if self.lookup_user(class, name).is_some() {
                    return None;
                }
            }
        }
        Some(sequence)
    }

    /// `sequence + other` (CPython's `sq_concat`): a `TypeError` when
    /// `other` is not of the sequence's kind.
    pub(crate) fn sequence_concat(&mut self, sequence: ObjRef, other: Value) -> PyResult<Value> {
        let joined = match &sequence.payload {
            Payload::Str(_) => match other.as_object().filter(|o| o.as_str().is_some()) {
                Some(t) => return Ok(self.concatenate(sequence, t)),
                None => None,
            },
            Payload::List(items) => other.object().and_then(|o| o.as_list()).map(|tail| {
                let joined = joined(&items.borrow(), &tail.borrow());
                Value::Obj(self.new_list(joined))
            }),
            Payload::Tuple(items) => other
                .object()
                .and_then(|o| o.as_tuple())
                .map(|tail| Value::Obj(self.new_tuple(joined(items, tail)))),
            Payload::Bytes(_) | Payload::ByteArray(_) => {
                let joined = self.bytes_concat(sequence, other)?;
                (!matches!(joined, Value::NotImplemented)).then_some(joined)
            }
            _ => return Ok(Value::NotImplemented),
        };
        if let Some(joined) = joined {
            return Ok(joined);
        }
        let name = self.type_name(other);
        Err(self.type_error(match &sequence.payload {
            Payload::Bytes(_) | Payload::ByteArray(_) => {
                let kind = self.type_name(Value::Obj(sequence));
                format!("can't concat {name} to {kind}")
            }
            Payload::Str(_) => format!("can only concatenate str (not \"{name}\") to str"),
            Payload::List(_) => format!("can only concatenate list (not \"{name}\") to list"),
            _ => format!("can only concatenate tuple (not \"{name}\") to tuple"),
        }))
    }

    /// `sequence += other`: a list extends by any iterable and a bytearray
    /// by any bytes-like object, in place (CPython's `sq_inplace_concat`);
    /// the other sequences concatenate.
    pub(crate) fn sequence_inplace_concat(
        &mut self,
        sequence: ObjRef,
        other: Value,
    ) -> PyResult<Value> {
        match &sequence.payload {
            Payload::List(_) => {
                // Item by item: those before an error stay.
                self.extend_list(sequence, other)?;
                Ok(Value::Obj(sequence))
            }
            Payload::ByteArray(bytes) => match self.buffer_bytes(other)? {
                Some(extra) => {
                    bytes.borrow_mut().extend(extra);
                    Ok(Value::Obj(sequence))
                }
                None => self.sequence_concat(sequence, other),
            },
            _ => self.sequence_concat(sequence, other),
        }
    }

    /// `sequence *= count`: a list and a bytearray repeat in place
    /// (CPython's `sq_inplace_repeat`); the other sequences repeat.
    pub(crate) fn sequence_inplace_repeat(
        &mut self,
        sequence: ObjRef,
        count: usize,
    ) -> PyResult<Value> {
        match &sequence.payload {
            Payload::List(items) => {
                let copy = items.borrow().clone();
                let repeated = self.repeat(&copy, count)?;
                *items.borrow_mut() = repeated;
                Ok(Value::Obj(sequence))
            }
            Payload::ByteArray(bytes) => {
                let repeated = self.bytes_repeat(sequence, count)?;
                *bytes.borrow_mut() = repeated;
                Ok(Value::Obj(sequence))
            }
            _ => self.sequence_repeat(sequence, count),
        }
    }

    /// `a + b` of two exact strs, lists or tuples (or `a += b` of two
    /// strs or tuples), joined at once: neither has a method of its own to
    /// try first, so the general dispatch of [`Vm::binary_op`] would only
    /// come to [`Vm::sequence_concat`] (CPython 3.11 specializes the strs'
    /// too: `BINARY_OP_ADD_UNICODE`). A list's `+=` extends it in place,
    /// elsewhere.
    #[inline]
    pub(crate) fn exact_concatenation(&mut self, a: Value, b: Value, op: Op) -> Option<Value> {
        let (Value::Obj(left), Value::Obj(right)) = (a, b) else {
            return None;
        };
        let class = left.class();
        if class != right.class() {
            return None;
        }
        let types = &self.types;
        match op {
            Op::Add | Op::InplaceAdd if class == types.str => Some(self.concatenate(left, right)),
            Op::Add | Op::InplaceAdd if class == types.tuple => {
                let (Payload::Tuple(head), Payload::Tuple(tail)) = (&left.payload, &right.payload)
                else {
                    return None;
                };
                Some(Value::Obj(self.new_tuple(joined(head, tail))))
            }
            Op::Add if class == types.list => {
                let (Some(head), Some(tail)) = (left.as_list(), right.as_list()) else {
                    return None;
                };
                let joined = joined(&head.borrow(), &tail.borrow());
                Some(Value::Obj(self.new_list(joined)))
            }
            _ => None,
        }
    }

    /// `s + t` of two strs: a short result (kept inline) is built on the
    /// stack, a longer one in the buffer the new str keeps, and a long one
    /// joined only when read (see [`Str::concatenation`]); its length in
    /// code points is the operands'.
    fn concatenate(&mut self, left_object: ObjRef, right_object: ObjRef) -> Value {
        let (s, t) = (
            left_object.as_str().expect("a str"),
            right_object.as_str().expect("a str"),
        );
        if s.len() + t.len() >= Str::LAZY_CONCATENATION {
            let class = self.types.str;
            let joined = Str::concatenation(left_object, right_object);
            return Value::Obj(self.alloc(class, Payload::Str(joined)));
        }
        let (left, right) = (s.as_str(), t.as_str());
        let chars = s.len() + t.len();
        let total = left.len() + right.len();
        if total <= Str::INLINE {
            let mut text = compact_str::CompactString::new(left);
            text.push_str(right);
            return self.str_value_with_len(text, chars);
        }
        let mut text = String::with_capacity(total);
        text.push_str(left);
        text.push_str(right);
        self.str_value_with_len(text, chars)
    }

    /// `sequence * count` for str, list, tuple and bytes (CPython's
    /// `sq_repeat`); a negative count was made 0.
    pub(crate) fn sequence_repeat(&mut self, sequence: ObjRef, count: usize) -> PyResult<Value> {
        Ok(match &sequence.payload {
            Payload::Str(text) => {
                // CPython's `unicode_repeat` counts characters first.
                let chars = text.as_str().chars().count();
                if chars
                    .checked_mul(count)
                    .is_none_or(|t| t > isize::MAX as usize)
                {
                    return Err(
                        self.error(ExceptionClass::OverflowError, "repeated string is too long")
                    );
                }
                let total = text.as_str().len().checked_mul(count);
                if total.is_none_or(|t| t > MAX_ALLOCATION) {
                    return Err(self.memory_error());
                }
                let repeated = text.as_str().repeat(count);
                self.str_value(&repeated)
            }
            Payload::List(items) => {
                let items = items.borrow().clone();
                let repeated = self.repeat(&items, count)?;
                Value::Obj(self.new_list(repeated))
            }
            Payload::Tuple(items) => {
                let items = items.to_vec();
                let repeated = self.repeat(&items, count)?;
                Value::Obj(self.new_tuple(repeated))
            }
            Payload::Bytes(_) | Payload::ByteArray(_) => {
                let repeated = self.bytes_repeat(sequence, count)?;
                let kind = self.byte_kind(sequence);
                self.new_byte_string(kind, repeated)
            }
            _ => Value::NotImplemented,
        })
    }

    /// The repeat count of a sequence multiplication (negative is 0)
    /// from an int or an object with `__index__` (CPython's
    /// `PyNumber_AsSsize_t` with `OverflowError`); `None` when the value
    /// is neither.
    pub(crate) fn repeat_count(&mut self, count: Value) -> PyResult<Option<usize>> {
        let int = match count {
            Value::Int(n) => return Ok(Some(n.max(0) as usize)),
            Value::Bool(b) => return Ok(Some(usize::from(b.get()))),
            Value::Obj(_) => match self.index_value(count)? {
                Some(int) => int,
                None => return Ok(None),
            },
            _ => return Ok(None),
        };
        if int.is_negative() {
            return Ok(Some(0));
        }
        match int.to_i64() {
            Some(n) => Ok(Some(n as usize)),
            None => {
                let name = self.type_name(count);
                Err(self.error(
                    ExceptionClass::OverflowError,
                    format!("cannot fit '{name}' into an index-sized integer"),
                ))
            }
        }
    }

    /// [`Vm::repeat_count`] of a sequence multiplication's other operand:
    /// a `TypeError` when it is not an integer.
    fn sequence_count(&mut self, count: Value) -> PyResult<usize> {
        match self.repeat_count(count)? {
            Some(count) => Ok(count),
            None => {
                let name = self.type_name(count);
                Err(self.type_error(format!(
                    "can't multiply sequence by non-int of type '{name}'"
                )))
            }
        }
    }

    /// `items * count`, or `MemoryError` when that cannot be allocated.
    fn repeat(&mut self, items: &[Value], count: usize) -> PyResult<Vec<Value>> {
        let total = items.len().checked_mul(count);
        match total {
            Some(total) if total <= MAX_ALLOCATION / std::mem::size_of::<Value>() => {
                let mut repeated = Vec::new();
                if repeated.try_reserve_exact(total).is_err() {
                    return Err(self.memory_error());
                }
                for _ in 0..count {
                    repeated.extend_from_slice(items);
                }
                Ok(repeated)
            }
            _ => Err(self.memory_error()),
        }
    }
}

/// The items of `head`, then those of `tail`, in a vector of that size.
fn joined(head: &[Value], tail: &[Value]) -> Vec<Value> {
    let mut joined = Vec::with_capacity(head.len() + tail.len());
    joined.extend_from_slice(head);
    joined.extend_from_slice(tail);
    joined
}
