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
/// A value is two words: the tag (`repr(u64)`) and one word of payload,
/// an integer or a pointer in every variant (a `bool` and a `float` are
/// kept as words: [`BoolBits`], [`FloatBits`]). So the compiler passes a
/// value to a function and returns it in two registers, and copies it as
/// two word moves. (Were the payload a `bool` or an `f64` in some variant,
/// a value would be passed through memory and copied as one 16-byte move,
/// which cannot be forwarded from the two word stores that wrote it: the
/// CPU would stall until they reach the cache.)
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
    /// `True` or `False` ([`Value::bool`]).
    Bool(BoolBits),
    /// An `int` that fits in an `i64`; larger ones are heap objects.
    Int(i64),
    /// A `float` ([`Value::float`]).
    Float(FloatBits),
    /// Any other object.
    Obj(ObjRef),
}

impl Value {
    /// `True` or `False`.
    #[inline(always)]
    pub const fn bool(value: bool) -> Value {
        Value::Bool(BoolBits::new(value))
    }

    /// A `float`.
    #[inline(always)]
    pub const fn float(value: f64) -> Value {
        Value::Float(FloatBits::new(value))
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
            Value::Bool(b) => b.get(),
            Value::Int(i) => i != 0,
            Value::None | Value::Null => false,
            Value::Float(f) => f.get() != 0.0,
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
            Value::Float(f) => Some(f.get()),
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
            Some(f) => Value::float(f),
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
            (Value::Float(a), Value::Float(b)) => a == b,
            (Value::Obj(a), Value::Obj(b)) => a == b,
            _ => false,
        }
    }
}

impl From<bool> for Value {
    fn from(value: bool) -> Self {
        Value::bool(value)
    }
}

impl From<ObjRef> for Value {
    fn from(value: ObjRef) -> Self {
        Value::Obj(value)
    }
}

impl From<f64> for Value {
    fn from(value: f64) -> Self {
        Value::float(value)
    }
}

/// A `bool` as a whole word: the payload of [`Value::Bool`].
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct BoolBits(u64);

impl BoolBits {
    /// `False`.
    pub const FALSE: BoolBits = BoolBits(0);
    /// `True`.
    pub const TRUE: BoolBits = BoolBits(1);

    /// `value` as a word.
    #[inline(always)]
    pub const fn new(value: bool) -> BoolBits {
        BoolBits(value as u64)
    }

    /// The `bool`.
    #[inline(always)]
    pub const fn get(self) -> bool {
        self.0 != 0
    }
}

/// A `float` as a whole word, its bits: the payload of [`Value::Float`].
/// Equal when the bits are (Python's `is`), not as floats compare.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct FloatBits(u64);

impl FloatBits {
    /// `value` as a word.
    #[inline(always)]
    pub const fn new(value: f64) -> FloatBits {
        FloatBits(value.to_bits())
    }

    /// The `float`.
    #[inline(always)]
    pub const fn get(self) -> f64 {
        f64::from_bits(self.0)
    }
}
