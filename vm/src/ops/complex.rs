//! `complex` objects: making them (`complex(…)`, literals) and turning
//! their errors into exceptions. The arithmetic itself is
//! [`crate::number::complex`]; the operators reach it through
//! [`super::arith`].

use crate::number::complex::{Complex, ComplexError};
use crate::object::Payload;
use crate::objects::function::Args;
use crate::value::{ObjRef, Value};
use crate::vm::{PyErr, PyResult, Vm};

impl Vm {
    /// A new `complex`.
    pub fn new_complex(&mut self, value: Complex) -> ObjRef {
        let class = self.types.complex;
        self.alloc(class, Payload::Complex(value))
    }

    /// A new `complex` value.
    pub(crate) fn complex_value(&mut self, value: Complex) -> Value {
        Value::Obj(self.new_complex(value))
    }

    /// Turns a complex error into the Python exception it stands for.
    pub(crate) fn complex_error(&mut self, error: ComplexError) -> PyErr {
        self.error(error.exception_class(), error.to_string())
    }

    /// `complex(real=0, imag=0)`, as CPython's `complex_new_impl`.
    pub(crate) fn construct_complex(&mut self, args: Args<'_>) -> PyResult<Value> {
        let [real_keyword, imag_keyword] = self.keywords("complex", &args, ["real", "imag"])?;
        let given = args.positional.len() + args.keyword_names.len();
        if given > 2 {
            return Err(self.type_error(format!(
                "complex() takes at most 2 arguments ({given} given)"
            )));
        }
        let mut real = args.positional.first().copied();
        let mut imag = args.positional.get(1).copied();
        for (slot, keyword, name) in [
            (&mut real, real_keyword, "real"),
            (&mut imag, imag_keyword, "imag"),
        ] {
            if let Some(value) = keyword {
                if slot.is_some() {
                    let position = if name == "real" { 1 } else { 2 };
                    return Err(self.type_error(format!(
                        "argument for complex() given by name ('{name}') and position ({position})"
                    )));
                }
                *slot = Some(value);
            }
        }
        let real = real.unwrap_or(Value::Int(0));
        if let Some(Payload::Str(text)) = real.payload() {
            if imag.is_some() {
                return Err(self.type_error("complex() can't take second arg if first is a string"));
            }
            let text = text.as_str().to_owned();
            let value = Complex::parse(&text).map_err(|e| self.complex_error(e))?;
            return Ok(self.complex_value(value));
        }
        if imag.is_some_and(|i| matches!(i.payload(), Some(Payload::Str(_)))) {
            return Err(self.type_error("complex() second arg can't be a string"));
        }
        let real = match self.complex_special_method(real)? {
            Some(value) => Value::Obj(self.new_complex(value)),
            None => real,
        };
        if !self.is_number_like(real) {
            let name = self.type_name(real);
            return Err(self.type_error(format!(
                "complex() first argument must be a string or a number, not '{name}'"
            )));
        }
        if let Some(imag) = imag {
            if !self.is_number_like(imag) {
                let name = self.type_name(imag);
                return Err(self.type_error(format!(
                    "complex() second argument must be a number, not '{name}'"
                )));
            }
        }
        let (mut cr, real_is_complex) = match real.payload() {
            Some(Payload::Complex(value)) => (*value, true),
            _ => (Complex::from(self.float_of(real)?), false),
        };
        let mut ci = match imag {
            None => Complex::from(cr.im),
            Some(imag) => match imag.payload() {
                Some(Payload::Complex(value)) => {
                    cr.re -= value.im;
                    *value
                }
                _ => Complex::from(self.float_of(imag)?),
            },
        };
        if real_is_complex && imag.is_some() {
            ci.re += cr.im;
        }
        Ok(self.complex_value(Complex::new(cr.re, ci.re)))
    }

    /// What a user class's `__complex__` returns, checked to be a complex.
    fn complex_special_method(&mut self, value: Value) -> PyResult<Option<Complex>> {
        let name = self.intern("__complex__");
        let Some(result) = self.call_user_dunder(value, name, &[])? else {
            return Ok(None);
        };
        match result.payload() {
            Some(Payload::Complex(value)) => Ok(Some(*value)),
            _ => {
                let name = self.type_name(result);
                Err(self.type_error(format!("__complex__ returned non-complex (type {name})")))
            }
        }
    }

    /// Whether `complex()` takes the value as a number: an int, float or
    /// complex, or an object with `__float__` or `__index__`.
    fn is_number_like(&mut self, value: Value) -> bool {
        match value {
            Value::Int(_) | Value::Bool(_) | Value::Float(_) => true,
            Value::Obj(object) => {
                if matches!(
                    object.payload,
                    Payload::Int(_) | Payload::Float(_) | Payload::Complex(_)
                ) {
                    return true;
                }
                let Some(class) = self.user_class(object) else {
                    return false;
                };
                ["__float__", "__index__"].iter().any(|dunder| {
                    let name = self.intern(dunder);
                    self.lookup_user(class, name).is_some()
                })
            }
            _ => false,
        }
    }

    /// `float(value)` as an `f64`.
    fn float_of(&mut self, value: Value) -> PyResult<f64> {
        let float = self.construct_float(Args::positional(&[value]))?;
        Ok(float.as_float().unwrap_or(0.0))
    }
}
