//! [`Value`]: what a variable, a stack slot or a container element holds.
//!
//! The common immutable values are immediate — `None`, `NotImplemented`,
//! `Ellipsis`, `bool`, an `int` that fits in an `i64` and `float` — so the
//! arithmetic fast paths allocate nothing; everything else is a pointer to
//! an [`Object`] on the heap. An `int` too large for `i64` is a heap
//! object of the same Python type: [`Value::Int`] and a big int are one
//! `int` to Python code.

use pyvm_heap::Gc;

use crate::object::{Object, Payload};

/// A pointer to a heap object.
pub type ObjRef = Gc<Object>;

/// A Python value, or the interpreter's [`Value::Null`] marker.
///
/// The tag is a whole word (`repr(u64)`): with a one-byte tag, copies of a
/// `Value` were split into a byte and two overlapping words, and reading
/// one back whole stalled on store forwarding in the interpreter loop.
#[derive(Clone, Copy, Debug)]
#[repr(u64)]
pub enum Value {
    /// Not a Python value: an unbound local variable, or the NULL that
    /// `PushNull` puts below a callable (CPython's `NULL`). Never visible
    /// to Python code.
    Null,
    /// `None`
    None,
    /// `NotImplemented`
    NotImplemented,
    /// `Ellipsis` (`...`)
    Ellipsis,
    /// `True` or `False`.
    Bool(bool),
    /// An `int` that fits in an `i64`; larger ones are heap objects.
    Int(i64),
    /// A `float`.
    Float(f64),
    /// Any other object.
    Obj(ObjRef),
}

impl Value {
    /// The same value, read as two words. Copying a `Value` whole moves 16
    /// bytes at once, and a value just written as its two words (any value
    /// an instruction makes) cannot be forwarded to such a load: the CPU
    /// stalls until the write reaches the cache. Taking the value apart and
    /// rebuilding it makes the copy two word loads, which forward. The
    /// interpreter's stack-to-local copies go through this.
    #[inline(always)]
    pub fn relocated(self) -> Value {
        let (tag, bits) = match self {
            Value::Null => (0, 0),
            Value::None => (1, 0),
            Value::NotImplemented => (2, 0),
            Value::Ellipsis => (3, 0),
            Value::Bool(b) => (4, u64::from(b)),
            Value::Int(i) => (5, i as u64),
            Value::Float(f) => (6, f.to_bits()),
            Value::Obj(_) => (7, 0),
        };
        match tag {
            0 => Value::Null,
            1 => Value::None,
            2 => Value::NotImplemented,
            3 => Value::Ellipsis,
            4 => Value::Bool(bits != 0),
            5 => Value::Int(bits as i64),
            6 => Value::Float(f64::from_bits(bits)),
            _ => self,
        }
    }

    /// Whether this is the [`Value::Null`] marker.
    pub fn is_null(self) -> bool {
        matches!(self, Value::Null)
    }

    /// Whether this is `None`.
    pub fn is_none(self) -> bool {
        matches!(self, Value::None)
    }

    /// `bool(value)` when no code need run to know it: for every value
    /// but a heap object.
    pub fn immediate_truth(self) -> Option<bool> {
        Some(match self {
            Value::Bool(b) => b,
            Value::Int(i) => i != 0,
            Value::None | Value::Null => false,
            Value::Float(f) => f != 0.0,
            Value::NotImplemented | Value::Ellipsis => true,
            Value::Obj(_) => return None,
        })
    }

    /// The heap object, if this is one.
    pub fn as_object(self) -> Option<ObjRef> {
        match self {
            Value::Obj(object) => Some(object),
            _ => None,
        }
    }

    /// The heap object, borrowed for as long as the value is.
    pub fn object(&self) -> Option<&Object> {
        match self {
            Value::Obj(object) => Some(object),
            _ => None,
        }
    }

    /// The payload of the heap object, if this is one.
    pub fn payload(&self) -> Option<&Payload> {
        self.object().map(|object| &object.payload)
    }

    /// The float value of a `float` or of an instance of a subclass of
    /// `float`.
    pub fn as_float(self) -> Option<f64> {
        match self {
            Value::Float(f) => Some(f),
            Value::Obj(object) => match object.payload {
                Payload::Float(f) => Some(f),
                _ => None,
            },
            _ => None,
        }
    }

    /// The value itself, or for an instance of a subclass of `float` its
    /// float value, which the built-in numeric operations take.
    pub fn float_normalized(self) -> Value {
        match self.as_float() {
            Some(f) => Value::Float(f),
            None => self,
        }
    }

    /// Python's `is`: the same immediate value or the same object. Floats
    /// compare by their bits, as two references to one float object would.
    pub fn is(self, other: Value) -> bool {
        match (self, other) {
            (Value::Null, Value::Null)
            | (Value::None, Value::None)
            | (Value::NotImplemented, Value::NotImplemented)
            | (Value::Ellipsis, Value::Ellipsis) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => a == b,
            _ => false,
        }
    }
}

impl From<bool> for Value {
    fn from(value: bool) -> Self {
        Value::Bool(value)
    }
}

impl From<ObjRef> for Value {
    fn from(value: ObjRef) -> Self {
        Value::Obj(value)
    }
}

impl From<f64> for Value {
    fn from(value: f64) -> Self {
        Value::Float(value)
    }
}
